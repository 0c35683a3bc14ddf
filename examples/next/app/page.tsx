import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Home</h1>
      <ul>
        <li>
          <Link href="/locked">Account (locked)</Link>
        </li>
        <li>
          <Link href="/limited">Send a code (rate limited)</Link>
        </li>
        <li>
          <Link href="/sessions">Sessions (signed out)</Link>
        </li>
      </ul>
    </>
  );
}
