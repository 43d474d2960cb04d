/**
 * The Content-Security-Policy every HTML page Galley writes carries (export html, the correction
 * report, the comparison report). The pages are self-contained: one inline stylesheet, no
 * scripts, no fetches, no forms. Escaping already keeps issue text out of the markup; the policy
 * is the second wall, so that a page opened from disk could run nothing and load nothing even if
 * an escape were ever missed.
 */

/** The policy: nothing may load or run but the page's own inline `<style>` and data: images. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The `<meta http-equiv="Content-Security-Policy">` tag, to follow `<meta charset>` in `<head>`. */
export const PAGE_CSP_META = `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`;
