#pragma once
// Runs a command-line tool for a test (xmllint, python3) and captures what
// it prints.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace cxo::testing {

struct ToolResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

inline std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

inline ToolResult run_tool(const std::vector<std::string>& argv) {
  std::string command;
  for (const auto& arg : argv) command += shell_quote(arg) + " ";
  command += "2>&1";
  ToolResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.output.append(buffer.data(), n);
  }
  int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// Debian's interpreter, where python3-jsonschema and python3-icalendar are
// installed, even when another python3 comes first on PATH.
inline std::string debian_python() {
  return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

}  // namespace cxo::testing
