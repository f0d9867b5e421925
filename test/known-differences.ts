// Cases where our engine does not yet match Helm 4.1.4, by case name, with the reason.
// The differential suites check this list strictly: a listed case that starts to match
// fails the run until it is removed here; an unlisted case that differs fails too.
// Every run prints the list's length. Never delete an entry to make a run green: fix the
// engine, then remove the entry.
export const KNOWN_DIFFERENCES: Record<string, string> = {
};
