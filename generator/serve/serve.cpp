#include "serve/serve.hpp"

#include <httplib.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "diagnostics/guard.hpp"
#include "i18n/translate.hpp"
#include "memo/rebuild_memo.hpp"
#include "search/index_builder.hpp"
#include "serve/live_reload.hpp"
#include "serve/static_files.hpp"
#include "serve/watcher.hpp"
#include "site/fingerprint.hpp"
#include "thai/boundary_cache.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

using i18n::tr;
using i18n::trf;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Errors in the one style every stage uses: "file:line:col: error: message".
void print_errors(const Diagnostics& d) {
  for (const Diagnostic& diag : d.sorted()) std::cerr << format(diag) << "\n";
}

// One build; its diagnostics go to the terminal and, on failure, to the browser. Whatever the
// build throws is one more error: the last good site keeps being served.
// Kept across rebuilds: after an edit only the new text is broken into words again, a Markdown
// body that did not change is not parsed again, and a page whose HTML did not change is neither
// marked for line breaks nor segmented for search again.
struct Kept {
  thai::BoundaryCache boundaries;
  RebuildMemo<std::string> marked_pages;  // render::MarkedPages
  search::SegmentMemo segments;
  RebuildMemo<std::string> markdown;  // render::MarkdownMemo
};

bool rebuild(const ServeOptions& options, Kept& kept, LiveReload& live, bool first) {
  Diagnostics d;
  BuildReport report;
  BuildOptions build = options.build;
  build.boundaries = &kept.boundaries;
  build.marked_pages = &kept.marked_pages;
  build.segments = &kept.segments;
  build.markdown = &kept.markdown;
  if (!report_exceptions(d, {options.build.out_dir.generic_string(), 0, 0}, tr("internal error"),
                         [&] { report = build_site(build, d); }))
    report.ok = false;
  std::string text;
  for (const Diagnostic& diag : d.sorted())
    if (diag.severity == Severity::error || !options.quiet) text += format(diag) + "\n";
  std::cerr << text;
  if (!report.ok) {
    // Archives in error only: the site is rebuilt without them, the errors are still shown.
    std::cerr << (report.published ? tr("rebuilt without the archives in error")
                                   : tr("rebuild failed: still serving the last good site"))
              << "\n";
    live.build_failed(text);
    return false;
  }
  std::ostringstream seconds;  // as a stream prints a double, as this line always had it
  seconds << report.seconds;
  std::cerr << trf("{1}: {2} pages ({3} rendered), {4} files written, {5} removed, {6} s",
                   first ? tr("built") : tr("rebuilt"), report.pages, report.rendered,
                   report.files_written, report.files_removed, seconds.str())
            << "\n";
  live.built_ok(!first && report.files_written + report.files_removed > 0);
  return true;
}

void handle_file(const fs::path& out, const httplib::Request& req, httplib::Response& res) {
  const Resolved r = resolve_request(out, req.path);
  auto not_found = [&] {
    res.status = 404;
    const fs::path page = out / "404.html";
    if (fs::exists(page))
      res.set_content(LiveReload::inject(read_file(page)), "text/html; charset=utf-8");
    else
      res.set_content("404 not found\n", "text/plain; charset=utf-8");
  };
  switch (r.kind) {
    case Resolved::Kind::forbidden:
      res.status = 403;
      res.set_content("403 forbidden\n", "text/plain; charset=utf-8");
      return;
    case Resolved::Kind::not_found:
      return not_found();
    case Resolved::Kind::redirect:
      res.status = 301;
      res.set_header("Location", r.location);
      return;
    case Resolved::Kind::file:
      break;
  }
  const std::string type = mime_type(r.file);
  std::string body = read_file(r.file);
  if (type.starts_with("text/html")) body = LiveReload::inject(std::move(body));
  char etag[32];
  std::snprintf(etag, sizeof etag, "\"%016llx\"", static_cast<unsigned long long>(hash64(body)));
  res.set_header("ETag", etag);
  res.set_header("Cache-Control", "no-cache");  // always revalidate: the site changes as you edit
  if (req.get_header_value("If-None-Match") == etag) {
    res.status = 304;
    return;
  }
  res.set_content(std::move(body), type.c_str());
}

}  // namespace

int serve(const ServeOptions& options) {
  // Signals are taken by one thread with sigwait, so no handler touches shared state.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  LiveReload live;
  Kept kept;
  const fs::path root = options.build.site_root;
  const fs::path out = root / options.build.out_dir;
  // Made before the first build, so that an edit saved while it runs brings a rebuild.
  std::unique_ptr<Watcher> watcher;
  {
    Diagnostics d;
    const SourceLocation where{options.build.site_root.generic_string(), 0, 0};
    if (!report_exceptions(d, where, tr("cannot watch the site's folders"), [&] {
          watcher = std::make_unique<Watcher>(
              std::vector<fs::path>{root / options.build.content_dir,
                                    root / options.build.config_file.parent_path(), root / "themes",
                                    root / options.build.archives_dir},
              options.poll ? Watcher::Method::polling : Watcher::Method::automatic,
              [where, quiet = options.quiet](const std::string& reason) {
                // Heard only on the thread that waits: the main thread.
                if (quiet) return;
                Diagnostics notice;
                notice.warning(where, reason);
                print_errors(notice);
              });
        })) {
      print_errors(d);
      return 1;
    }
  }
  if (std::error_code ec;
      !rebuild(options, kept, live, true) && !fs::exists(out / "index.html", ec)) {
    Diagnostics d;
    d.error({options.build.out_dir.generic_string(), 0, 0},
            tr("nothing to serve yet: fix the errors above and run prongsai serve again"));
    print_errors(d);
    return 1;
  }
  // What ends serve early: an exception in one of its threads, which must not reach
  // std::terminate. Reported like every other error once everything has stopped.
  Diagnostics failures;

  httplib::Server server;
  // Headers and body go out as separate writes; without TCP_NODELAY, Nagle's algorithm and
  // delayed ACKs stall every keep-alive response by ~40 ms. Accepted sockets inherit it.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  server.Get("/__prongsai/live.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(LiveReload::script(), "text/javascript; charset=utf-8");
  });
  server.Get("/__prongsai/events", [&live](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-cache");
    auto seen = std::make_shared<unsigned long>(~0ul);  // the first call sends the current state
    res.set_chunked_content_provider(
        "text/event-stream", [&live, seen](size_t, httplib::DataSink& sink) {
          // httplib calls this outside its own try: a throw here would end the process.
          try {
            const LiveReload::State s = live.wait(*seen, std::chrono::seconds(15));
            if (live.stopping()) return false;
            const std::string data =
                s.generation != *seen ? LiveReload::event(s) : std::string(": keep-alive\n\n");
            *seen = s.generation;
            return sink.write(data.data(), data.size());
          } catch (...) {
            Diagnostics d;
            d.error({"/__prongsai/events", 0, 0}, trf("live reload stream closed: {1}",
                                                      exception_reason(std::current_exception())));
            print_errors(d);
            return false;  // the page's EventSource reconnects
          }
        });
  });
  server.Get(R"(/.*)", [&out](const httplib::Request& req, httplib::Response& res) {
    handle_file(out, req, res);
  });
  // httplib catches what a handler throws; say what it was, without leaking it in a header.
  server.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
        Diagnostics d;
        d.error({req.path, 0, 0}, trf("cannot serve: {1}", exception_reason(error)));
        print_errors(d);
        res.status = 500;
        res.set_content("500 internal error\n", "text/plain; charset=utf-8");
      });
  if (!server.bind_to_port(options.bind.c_str(), options.port)) {
    failures.error(
        {}, trf("cannot listen on {1}:{2} (in use? try --port)", options.bind, options.port));
    print_errors(failures);
    return 1;
  }
  // Ends the loop below and wakes the signal thread (it waits for SIGTERM) after a failure.
  auto stop_after_failure = [&] {
    watcher->stop();
    ::kill(::getpid(), SIGTERM);
  };
  std::thread listener([&] {
    if (!report_exceptions(failures, {}, tr("preview server stopped"),
                           [&] { server.listen_after_bind(); }))
      stop_after_failure();
  });
  std::cerr << trf("serving {1} at http://{2}:{3}/ — edits under content/, site-config/ and "
                   "themes/ rebuild the site; Ctrl+C stops",
                   fs::absolute(out).lexically_normal().string(), options.bind, options.port)
            << "\n";

  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    watcher->stop();  // wakes the loop below at once
  });
  // The threads above must be joined however this loop ends, so nothing may escape it.
  if (!report_exceptions(failures, {}, tr("preview stopped"), [&] {
        while (watcher->wait() == Watcher::Result::changed) rebuild(options, kept, live, false);
      }))
    stop_after_failure();
  live.shutdown();
  server.stop();
  listener.join();
  waiter.join();
  print_errors(failures);
  std::cerr << tr("stopped") << "\n";
  return failures.has_errors() ? 1 : 0;
}

}  // namespace prongsai
