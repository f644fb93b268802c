import { render } from 'preact';
import { App } from '../../components/App.tsx';

render(<App language={new URLSearchParams(location.search).get('lang') ?? navigator.language} />, document.getElementById('app')!);
