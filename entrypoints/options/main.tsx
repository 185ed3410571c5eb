import { render } from 'preact';

function Options() {
  return <main><h1>学时台账</h1></main>;
}

render(<Options />, document.getElementById('app')!);
