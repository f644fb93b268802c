import type { PageCopy } from './engine.ts';

/**
 * A small page that takes the engine through its usual paths (structured data, contact and imprint text in
 * English, German and Dutch, a team, a signature), run once when the engine's document opens. Made-up data.
 */
const HTML = `<!doctype html><html lang="de"><head><title>Kontakt – Beispiel GmbH</title>
<meta property="og:site_name" content="Beispiel GmbH">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Beispiel GmbH","telephone":"+49 30 1234567",
"address":{"@type":"PostalAddress","streetAddress":"Musterstraße 1","postalCode":"10115","addressLocality":"Berlin","addressCountry":"DE"}}</script></head>
<body><h1>Impressum</h1>
<p>Beispiel GmbH<br>Musterstraße 1<br>10115 Berlin</p>
<p>Geschäftsführer: Dr. Max Mustermann<br>Telefon: +49 (0)30 1234567<br>E-Mail: info@beispiel.example</p>
<p>Registergericht: Amtsgericht Charlottenburg, HRB 123456 B<br>USt-IdNr.: DE123456789</p>
<h2>Contact us</h2><p>Example Ltd, 10 Main Street, London SW1A 1AA, United Kingdom. Phone +44 20 7946 0000</p>
<h2>Contact</h2><p>Voorbeeld B.V., Dorpsstraat 5, 1012 AB Amsterdam. Bestuurder: Jan de Vries. KvK 12345678</p>
<div class="h-card"><span class="p-name">Erika Muster</span> <span class="p-job-title">Head of Sales</span></div>
<ul class="team"><li><h3>Anna Schmidt</h3><p>Chief Executive Officer</p></li><li><h3>Peter Jansen</h3><p>Sales Director</p></li></ul>
<a href="mailto:sales@beispiel.example">Mail</a> <a href="tel:+4930123456">Call</a>
</body></html>`;

export const WARM_UP_PAGE: PageCopy = { url: 'https://beispiel.example/impressum', html: HTML, truncated: false };

export const WARM_UP_SELECTION = `Best regards,
Jane Smith
Senior Account Manager | Example Inc.
Tel: +1 (415) 555-0100
Mit freundlichen Grüßen
Max Mustermann, Vertriebsleiter
Met vriendelijke groet,
Jan de Vries`;
