// Defaults of a feed source shared by the model, the CLI and the form (which ships to the
// browser, so this module holds plain values only). prisma/schema.prisma repeats the
// schedule as the column default, as SQL needs a literal there.
export const DEFAULT_SOURCE_SCHEDULE = "*/30 * * * *";
