/* mmspec — the version of the tool, printed by `mmspec --version` and written
 * into the banner of every generated file. */
#ifndef MMSPEC_VERSION_H
#define MMSPEC_VERSION_H

#define VERSION "0.1.0"

#endif
