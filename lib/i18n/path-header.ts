/**
 * The request's path, set by the proxy on every request it forwards (a value sent by the client
 * is overwritten). The root layout reads it to declare a partner page's own language: layouts are
 * not given the path otherwise. Its own module so that the proxy imports nothing else.
 */
export const PATH_HEADER = "x-amity-path";
