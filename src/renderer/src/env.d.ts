/** Side-effect style imports (bundled by Vite). */
declare module '*.css';
/** Vite's `?raw` imports: the file's text as a string (jieba's dictionary for the worker). */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** Vite's `?url` imports: the URL the build gives the file (the character pairs' table). */
declare module '*?url' {
  const url: string;
  export default url;
}
