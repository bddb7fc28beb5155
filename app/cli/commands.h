#pragma once

#include "clisupport.h"

namespace portolan::cli {

// The commands of portolan-cli, one file each (flowscommand.cpp, ...). A new command is a new
// file, a line here and a line in main.cpp's list.

Command flowsCommand();
Command validateCommand();
Command exportCommand();
Command diffCommand();
Command reviewCommand();
Command probeCommand();
Command importCommand();
Command layoutCommand();

} // namespace portolan::cli
