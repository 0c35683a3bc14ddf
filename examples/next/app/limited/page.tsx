import { sendCode } from './actions';

export default function SendCode() {
  return (
    <form action={sendCode}>
      <h1>Verify your phone</h1>
      <button type="submit">Send code</button>
    </form>
  );
}
