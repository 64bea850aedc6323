/** Thrown by a command for input it cannot use; the message is shown as is, one line per problem. */
export class InputError extends Error {}
