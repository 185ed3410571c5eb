import { render } from 'preact';

function Popup() {
  return <main><h1>学时助手</h1></main>;
}

render(<Popup />, document.getElementById('app')!);
