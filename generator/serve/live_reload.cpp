#include "serve/live_reload.hpp"

#include "i18n/translate.hpp"
#include "render/json_writer.hpp"

namespace prongsai {

void LiveReload::built_ok(bool changed) {
  {
    std::lock_guard lock(mutex_);
    if (!changed && !state_.failed) return;
    state_.failed = false;
    state_.error.clear();
    ++state_.generation;
  }
  changed_.notify_all();
}

void LiveReload::build_failed(std::string diagnostics) {
  {
    std::lock_guard lock(mutex_);
    state_.failed = true;
    state_.error = std::move(diagnostics);
    ++state_.generation;
  }
  changed_.notify_all();
}

LiveReload::State LiveReload::state() const {
  std::lock_guard lock(mutex_);
  return state_;
}

LiveReload::State LiveReload::wait(unsigned long seen, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return stopping_ || state_.generation != seen; });
  return state_;
}

void LiveReload::shutdown() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
}

bool LiveReload::stopping() const {
  std::lock_guard lock(mutex_);
  return stopping_;
}

std::string LiveReload::event(const State& s) {
  if (s.failed) return "event: build-error\ndata: " + json_escape(s.error) + "\n\n";
  return "event: reload\ndata: " + std::to_string(s.generation) + "\n\n";
}

std::string LiveReload::inject(std::string html) {
  static const std::string tag = "<script src=\"/__prongsai/live.js\"></script>";
  const size_t at = html.rfind("</body>");
  if (at == std::string::npos) return html + tag;
  html.insert(at, tag);
  return html;
}

std::string LiveReload::script() {
  // The overlay's headline is in the run's language, as the diagnostics under it are; it is
  // only ever sent by serve, never written into the site.
  static const std::string headline =
      json_escape(i18n::tr("prongsai: the rebuild failed; this page shows the last good site."));
  return R"JS((function () {
  // prongsai serve: reload after each rebuild; show the error over the page when one fails.
  var overlay = null;
  function show(message) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:99999;overflow:auto;padding:2rem;' +
        'background:rgba(20,24,31,.94);color:#fff;font:16px/1.6 Laksaman,sans-serif;white-space:pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = )JS" +
         headline + R"JS( + '\n\n' + message;
  }
  var first = true;
  var source = new EventSource('/__prongsai/events');
  source.addEventListener('reload', function () {
    if (first) { first = false; if (!overlay) return; }
    location.reload();
  });
  source.addEventListener('build-error', function (e) { first = false; show(JSON.parse(e.data)); });
})();
)JS";
}

}  // namespace prongsai
