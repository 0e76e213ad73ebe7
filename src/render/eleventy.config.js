// Eleventy reads this file instead of looking for an eleventy.config.js in the
// working folder: all configuration is done in eleventy.ts, in code.
export default function () {}
