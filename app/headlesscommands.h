// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct CommandLineRequest;
namespace Atlas { class AtlasDocument; }

// Runs an export, listing, dataset or project write, or --info asked for on the command line
// against a loaded document and returns the process exit code: 0 done, 1 the export failed
// (message printed on stderr).
int runHeadlessCommand(Atlas::AtlasDocument &document, const CommandLineRequest &request);

// Runs --import (ImportJob, docs/import.md) and returns its exit code: 0 every row imported,
// 3 some rows rejected (listed beside the project), 1 failed and nothing written.
int runImportCommand(const CommandLineRequest &request);

// --info of a project file (ProjectFile::summary): prints the summary, or the problems and 1.
int runProjectInfoCommand(const CommandLineRequest &request);
