/** Text files imported as strings (Vite's `?raw`), so these tests need no node built-ins. */
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
