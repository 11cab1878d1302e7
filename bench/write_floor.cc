// The cost of writing a finished site and nothing else: reads every file of
// a tree into memory, then times creating the same folders and files with
// the same bytes in a new folder, on the given number of threads, with the
// system calls cxo's writer makes (a mkdir per folder; an open, a write and
// a close per file). bench/run.sh runs it on cxo's own output, so the table
// shows how much of a build no generator of this output could avoid.
//
//   write_floor <tree> <new folder> [threads]
//
// Prints "wall_s cpu_s" of the writing alone (CPU time is the process's
// user plus system time, which for this work is nearly all system time).
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct File {
  std::string path;  // relative to the tree
  std::string bytes;
};

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

bool write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// Writes files [begin, end): each folder is made the first time one of its
// files comes up (files are sorted, so a folder's files are together).
bool write_files(const std::string& root, const std::vector<File>& files, std::size_t begin,
                 std::size_t end) {
  std::string made;
  for (std::size_t i = begin; i < end; ++i) {
    const File& file = files[i];
    std::string folder = file.path.substr(0, file.path.rfind('/') + 1);
    if (!folder.empty() && folder != made) {
      // Parents first; another thread may have made them already.
      for (std::size_t slash = folder.find('/'); slash != std::string::npos;
           slash = folder.find('/', slash + 1)) {
        std::string path = root + "/" + folder.substr(0, slash);
        if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) return false;
      }
      made = folder;
    }
    std::string path = root + "/" + file.path;
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    bool ok = write_all(fd, file.bytes);
    if (::close(fd) != 0) ok = false;
    if (!ok) return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: write_floor <tree> <new folder> [threads]\n");
    return 2;
  }
  fs::path tree = argv[1];
  std::string root = argv[2];
  unsigned threads = argc > 3 ? static_cast<unsigned>(std::stoul(argv[3])) : 2;
  if (threads == 0) threads = 1;

  std::vector<File> files;
  for (const auto& entry : fs::recursive_directory_iterator(tree)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    files.push_back({fs::relative(entry.path(), tree).generic_string(),
                     std::string(std::istreambuf_iterator<char>(in), {})});
  }
  std::sort(files.begin(), files.end(),
            [](const File& a, const File& b) { return a.path < b.path; });
  if (fs::exists(root)) {
    std::fprintf(stderr, "write_floor: %s exists; give a new folder\n", root.c_str());
    return 2;
  }

  auto wall_start = std::chrono::steady_clock::now();
  double cpu_start = cpu_seconds();
  bool ok = ::mkdir(root.c_str(), 0755) == 0;
  // Contiguous runs of files, one per thread, as cxo's workers take pages.
  std::vector<std::thread> workers;
  std::vector<char> results(threads, 1);
  for (unsigned t = 0; t < threads && ok; ++t) {
    std::size_t begin = files.size() * t / threads;
    std::size_t end = files.size() * (t + 1) / threads;
    workers.emplace_back([&, t, begin, end] { results[t] = write_files(root, files, begin, end); });
  }
  for (auto& worker : workers) worker.join();
  double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  double cpu = cpu_seconds() - cpu_start;
  for (char result : results) ok = ok && result;
  if (!ok) {
    std::fprintf(stderr, "write_floor: writing into %s failed: %s\n", root.c_str(),
                 std::strerror(errno));
    return 1;
  }
  std::printf("%.2f %.2f\n", wall, cpu);
  return 0;
}
