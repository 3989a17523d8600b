// The licence the hub's published data is offered under, stated by every feed and export.

/**
 * *Unconfirmed*: the Network has not published a licence for the Hub's data. CC BY 4.0, a common
 * open-data licence that asks only for attribution, is what this kit assumes until it decides;
 * change it here, and feeds, exports and docs/open-data.md follow.
 */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The `Link` header naming the licence (RFC 8288 with the `license` relation of RFC 4946). */
export const LICENCE_LINK = `<${DATA_LICENCE.url}>; rel="license"`;

/** The rights statement of a feed. */
export const RIGHTS = `Published by the Migration Network Hub under ${DATA_LICENCE.name}: ${DATA_LICENCE.url}`;
