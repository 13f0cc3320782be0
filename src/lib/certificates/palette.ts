/** Colours shared by the certificate and the share cards. */
export const RED = '#a8151d';
export const DEEP_RED = '#7e0d13';
export const GOLD = '#c0913a';
export const LIGHT_GOLD = '#f3d998';
export const INK = '#2b1d14';
export const MUTED = '#6d5a48';
export const PAPER = '#fdf8ec';
export const PAPER_EDGE = '#f3e6c8';
