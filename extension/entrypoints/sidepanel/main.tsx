import { render } from 'preact';
import { App } from '../../components/App.tsx';
import { getDb } from '../../db/database.ts';
import { putRecord } from '../../db/write.ts';

if (__E2E__) Object.assign(globalThis, { __pipeclip: { getDb, putRecord } });

render(<App language={new URLSearchParams(location.search).get('lang') ?? navigator.language} />, document.getElementById('app')!);
