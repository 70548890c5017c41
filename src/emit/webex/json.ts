/** A JSON value as the emitter writes it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
