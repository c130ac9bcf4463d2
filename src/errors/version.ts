/** This package's version, as in its `package.json` (a test holds the two equal): every error is stamped with it. */
export const version = '0.1.0'
