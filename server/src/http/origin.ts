// Origins as browsers send them in `Origin`: what partner sites and the hub's own address are compared by.

/** Turns what someone typed (`https://Partner.example.org/`) into the origin browsers send, or throws. */
export function toOrigin(text: string): string {
  if (!URL.canParse(text.trim())) throw new Error(`"${text}" is not an origin: write it like https://partner.example.org`);
  const url = new URL(text.trim());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`"${text}" is not an http(s) origin.`);
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new Error(`"${text}" is not an origin: give only scheme, host and port, like https://partner.example.org`);
  }
  return url.origin;
}
