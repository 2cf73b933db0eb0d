// The command tree: every command, its options and their help, declared once with CLI11. The
// only file that includes CLI11 (a large header library): the handlers get plain values.
#include <CLI/CLI.hpp>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/help_texts.hpp"
#include "cli/usage.hpp"
#include "i18n/translate.hpp"
#include "site/build_id.hpp"
#include "thai/digits.hpp"

namespace prongsai::cli {

namespace {

using i18n::tr;
using i18n::trf;
using i18n::trnf;

// Numbers typed with Thai digits (--year ๒๕๖๗, --round ๖) read as the same numbers.
const std::function<std::string(std::string)> kThaiDigits = [](std::string s) {
  return thai::localize_digits(s, thai::Digits::arabic);
};

// The columns a terminal gives `text`: one per character, none for Thai's vowel and tone marks
// written above or below a consonant (U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E).
std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte
    if (c == 0xE0 && i + 2 < text.size()) {
      const unsigned code = ((c & 0x0Fu) << 12) |
                            ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                            (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
      if (code == 0x0E31 || (code >= 0x0E34 && code <= 0x0E3A) ||
          (code >= 0x0E47 && code <= 0x0E4E))
        continue;
    }
    ++width;
  }
  return width;
}

// Help laid out as the project always had it: the usage line, what the command does, then its
// options (as CLI11 lists them) and its subcommands.
class HelpFormatter : public CLI::Formatter {
 public:
  HelpFormatter(std::string usage, std::string about, std::string whole = "")
      : usage_(std::move(usage)), about_(std::move(about)), whole_(std::move(whole)) {
    column_width(19);
    // CLI11's own words in the option lists (its group names are set where the groups are).
    label("Positionals", tr("Positionals"));
    label("REQUIRED", tr("REQUIRED"));
  }
  std::string make_help(const CLI::App* app, std::string, CLI::AppFormatMode mode) const override {
    if (!whole_.empty()) return whole_;
    std::string out = i18n::trf("Usage: {1}", usage_) + "\n\n" + about_ + "\n";
    out += make_positionals(app);
    out += make_groups(app, mode);
    out += make_subcommands(app, mode);
    return out;
  }

  // CLI11's option line, padded by the columns the text takes rather than by its bytes, so a
  // Thai label ("SLUG ต้องระบุ") keeps its description on its line as the English does.
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string description = make_option_desc(opt);
    const std::string indent(column_width_, ' ');
    const std::size_t width = display_width(name);
    std::string out = name;
    if (width < column_width_) out += std::string(column_width_ - width, ' ');
    if (!description.empty()) {
      if (width >= column_width_) out += "\n" + indent;
      for (const char c : description) {
        out += c;
        if (c == '\n') out += indent;
      }
    }
    return out + "\n";
  }

 private:
  std::string usage_, about_, whole_;
};

CLI::App* command(CLI::App& parent, const char* name, const char* summary, const char* usage,
                  const char* about) {
  CLI::App* sub = parent.add_subcommand(name, summary);
  sub->formatter(std::make_shared<HelpFormatter>(usage, about));
  // CLI11 makes a subcommand's help flag before it copies the parent's option defaults, so the
  // flag would sit alone under the English group name.
  sub->get_help_ptr()->group(tr("Options"));
  sub->group(tr("Subcommands"));
  return sub;
}

// --site and --content, as every command that reads content takes them.
template <typename Options>
void site_options(CLI::App* cmd, Options& options) {
  cmd->add_option("--site", options.site_root, tr(help::common::site))->type_name("DIR");
  cmd->add_option("--content", options.content_dir, tr(help::common::content))->type_name("DIR");
}

// The deepest command the user named, for the message of a usage error ("new report").
std::string command_path(const CLI::App& app) {
  std::string path;
  const CLI::App* at = &app;
  for (;;) {
    const auto parsed = at->get_subcommands([](const CLI::App* s) { return s->parsed(); });
    if (parsed.empty()) break;
    at = parsed.front();
    path += (path.empty() ? "" : " ") + at->get_name();
  }
  return path;
}

// What CLI11 says of a command line it cannot parse, in the run's language. CLI11 words its
// errors in English only; each kind of error it throws is matched by its exception type and the
// shape of its text (CLI11 2.1, Debian's libcli11-dev), and said again as a whole sentence with
// the option's name and the value the user typed. In English the text is CLI11's own, unchanged.
std::string parse_error_message(const CLI::ParseError& e, bool english) {
  const std::string what = e.what();
  if (english) return what;
  std::smatch m;
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
    static const std::regex required(R"(^(\S+) is required$)");
    if (std::regex_match(what, m, required)) return trf("{1} is required", m[1].str());
  } else if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    static const std::regex extras(R"(^The following argument(s were| was) not expected: (.*)$)");
    if (std::regex_match(what, m, extras))
      return trnf("The following argument was not expected: {1}",
                  "The following arguments were not expected: {1}", m[1].str() == " was" ? 1 : 2,
                  m[2].str());
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
    static const std::regex missing(R"(^(\S+): (\d+) required (.*) missing$)");
    static const std::regex at_most(R"(^(\S+): At Most (\d+) required but received (\d+)$)");
    if (std::regex_match(what, m, missing))
      return trf("{1}: {2} required {3} missing", m[1].str(), m[2].str(), m[3].str());
    if (std::regex_match(what, m, at_most))
      return trf("{1}: At Most {2} required but received {3}", m[1].str(), m[2].str(), m[3].str());
  } else if (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr) {
    static const std::regex not_in(R"(^(\S+): (.*) not in (\{.*\})$)");
    if (std::regex_match(what, m, not_in))
      return trf("{1}: {2} not in {3}", m[1].str(), m[2].str(), m[3].str());
  } else if (dynamic_cast<const CLI::ConversionError*>(&e) != nullptr) {
    static const std::regex convert(R"(^Could not convert: (\S+) = (.*)$)");
    if (std::regex_match(what, m, convert))
      return trf("Could not convert: {1} = {2}", m[1].str(), m[2].str());
  }
  // A kind or a wording this table does not know: CLI11's English, said to be about the
  // command line.
  return trf("the command line is not right: {1}", what);
}

// A bash completion script made from the tree itself: subcommands and long options per command.
bool listed(const CLI::App* sub) { return !sub->get_group().empty(); }  // not version, help

// Per command path (" new report"): a case of the words it offers, and one that walks into it.
void collect(const CLI::App& app, const std::string& path, std::string& offers,
             std::string& walks) {
  std::string words;
  for (const CLI::App* sub : app.get_subcommands(listed)) {
    words += sub->get_name() + " ";
    walks += "      \"" + path + " " + sub->get_name() + "\") path=\"" + path + " " +
             sub->get_name() + "\" ;;\n";
  }
  for (const CLI::Option* o : app.get_options())
    for (const std::string& name : o->get_lnames()) words += "--" + name + " ";
  offers += "    \"" + path + "\") words=\"" + words + "\" ;;\n";
  for (const CLI::App* sub : app.get_subcommands(listed))
    collect(*sub, path + " " + sub->get_name(), offers, walks);
}

std::string bash_completion(const CLI::App& app) {
  std::string offers, walks;
  collect(app, "", offers, walks);
  return "# bash completion for prongsai (prongsai completion bash)\n"
         "_prongsai() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} path=\"\" words=\"\" i\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    [[ ${COMP_WORDS[i]} == -* ]] && continue\n"
         "    case \"$path ${COMP_WORDS[i]}\" in\n" +
         walks +
         "    esac\n"
         "  done\n"
         "  case \"$path\" in\n" +
         offers +
         "  esac\n"
         "  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
         "}\n"
         "complete -o default -F _prongsai prongsai\n";
}

// `--lang th|en` anywhere on the line chooses the language of every message, --help
// included, so it is taken out before the command tree (whose help is translated as it is
// made) exists. Returns the language asked for ("" when none) or nullopt on a bad value.
std::optional<std::string> take_lang(std::vector<const char*>& args) {
  std::string lang;
  for (std::size_t i = 1; i < args.size();) {
    const std::string_view arg = args[i];
    std::size_t taken = 0;
    if (arg == "--lang") {
      if (i + 1 >= args.size()) return std::nullopt;
      lang = args[i + 1];
      taken = 2;
    } else if (arg.starts_with("--lang=")) {
      lang = arg.substr(7);
      taken = 1;
    } else if (arg == "--") {
      break;
    }
    if (taken == 0) {
      ++i;
      continue;
    }
    if (lang != "th" && lang != "en") return std::nullopt;
    args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
               args.begin() + static_cast<std::ptrdiff_t>(i + taken));
  }
  return lang;
}

}  // namespace

int run(int argc, const char* const* argv_in) {
  std::vector<const char*> args(argv_in, argv_in + argc);
  const std::optional<std::string> lang = take_lang(args);
  const i18n::Language language = i18n::choose_language(lang.value_or(""));
  // English also when Thai was asked for and its catalogue is missing: CLI11's errors then
  // pass through as they are.
  const bool english = !i18n::use_language(language) || language == i18n::Language::english;
  if (!lang) return usage_error("", tr("--lang takes th (Thai, the default) or en (English)"));
  argc = static_cast<int>(args.size());
  const char* const* argv = args.data();

  CLI::App app{"", "prongsai"};
  app.option_defaults()->group(tr("Options"));  // before any option, the help flag included
  app.formatter(std::make_shared<HelpFormatter>("", "", tr(help::top::text)));
  app.set_help_flag("-h,--help", tr(help::help_flag));
  app.require_subcommand(0, 1);
  bool version = false;
  app.add_flag("--version", version, tr(help::top::version));

  // build and check: one pipeline; only build writes (and so takes --out, --base-url, --threads).
  BuildArgs build, check;
  check.options.write = false;
  for (BuildArgs* args : {&build, &check}) {
    const bool writes = args == &build;
    CLI::App* cmd = writes ? command(app, "build", tr(help::build::summary), tr(help::build::usage),
                                     tr(help::build::about))
                           : command(app, "check", tr(help::check::summary), tr(help::check::usage),
                                     tr(help::check::about));
    BuildOptions& o = args->options;
    cmd->add_option("--site", o.site_root, tr(help::common::site))->type_name("DIR");
    cmd->add_option("--config", o.config_file, tr(help::common::config))->type_name("FILE");
    cmd->add_option("--content", o.content_dir, tr(help::common::content))->type_name("DIR");
    if (writes) {
      cmd->add_option("--out", o.out_dir, tr(help::common::out))->type_name("DIR");
      cmd->add_option("--base-url", args->base_url, tr(help::build::base_url))->type_name("URL");
      cmd->add_option("--threads", args->threads, tr(help::build::threads))
          ->type_name("N")
          ->transform(kThaiDigits);
    }
    cmd->add_flag("-q,--quiet", args->quiet,
                  writes ? tr(help::build::quiet) : tr(help::check::quiet));
  }

  ServeArgs serve;
  {
    CLI::App* cmd = command(app, "serve", tr(help::serve::summary), tr(help::serve::usage),
                            tr(help::serve::about));
    BuildOptions& o = serve.options.build;
    cmd->add_option("--site", o.site_root, tr(help::common::site))->type_name("DIR");
    cmd->add_option("--out", o.out_dir, tr(help::common::out))->type_name("DIR");
    cmd->add_option("--bind", serve.options.bind, tr(help::serve::bind))->type_name("ADDRESS");
    cmd->add_option("--port", serve.port, tr(help::serve::port))
        ->type_name("N")
        ->transform(kThaiDigits);
    cmd->add_flag("--poll", serve.options.poll, tr(help::serve::poll));
    cmd->add_flag("-q,--quiet", serve.options.quiet, tr(help::serve::quiet));
  }

  CLI::App* new_ =
      command(app, "new", tr(help::new_::summary), tr(help::new_::usage), tr(help::new_::about));
  new_->require_subcommand(0, 1);

  NewSiteOptions new_site;
  CLI::App* new_site_cmd = command(*new_, "site", tr(help::new_site::summary),
                                   tr(help::new_site::usage), tr(help::new_site::about));
  new_site_cmd->add_option("DIR", new_site.dir, tr(help::new_site::dir))->required()->type_name("");

  NewOrganisationOptions new_org;
  CLI::App* new_org_cmd =
      command(*new_, "organisation", tr(help::new_organisation::summary),
              tr(help::new_organisation::usage), tr(help::new_organisation::about));
  new_org_cmd->alias("organization");
  new_org_cmd->add_option("SLUG", new_org.slug, tr(help::new_organisation::slug))
      ->required()
      ->type_name("");
  new_org_cmd->add_option("--name", new_org.name, tr(help::new_organisation::name))
      ->required()
      ->type_name("NAME");
  new_org_cmd->add_option("--province", new_org.province, tr(help::new_organisation::province))
      ->required()
      ->type_name("PROVINCE");
  new_org_cmd->add_option("--district", new_org.district, tr(help::new_organisation::district))
      ->type_name("DISTRICT");
  new_org_cmd->add_option("--kind", new_org.kind, tr(help::new_organisation::kind))
      ->type_name("KIND");
  new_org_cmd
      ->add_option("--short-name", new_org.short_name, tr(help::new_organisation::short_name))
      ->type_name("NAME");
  site_options(new_org_cmd, new_org);

  NewPlanArgs new_plan;
  CLI::App* new_plan_cmd = command(*new_, "plan", tr(help::new_plan::summary),
                                   tr(help::new_plan::usage), tr(help::new_plan::about));
  new_plan_cmd->add_option("--org", new_plan.options.org, tr(help::new_plan::org))
      ->required()
      ->type_name("SLUG");
  new_plan_cmd->add_option("--years", new_plan.years, tr(help::new_plan::years))
      ->required()
      ->type_name("FIRST-LAST")
      ->transform(kThaiDigits);
  site_options(new_plan_cmd, new_plan.options);

  NewReportArgs new_report;
  CLI::App* new_report_cmd = command(*new_, "report", tr(help::new_report::summary),
                                     tr(help::new_report::usage), tr(help::new_report::about));
  new_report_cmd->add_option("--plan", new_report.options.plan, tr(help::new_report::plan))
      ->required()
      ->type_name("ORG/PLAN");
  new_report_cmd->add_option("--year", new_report.year, tr(help::new_report::year))
      ->required()
      ->type_name("YYYY")
      ->transform(kThaiDigits);
  new_report_cmd->add_option("--round", new_report.round, tr(help::new_report::round))
      ->required()
      ->type_name("N")
      ->transform(kThaiDigits);
  new_report_cmd->add_flag("--xlsx", new_report.xlsx, tr(help::new_report::xlsx));
  new_report_cmd->add_option("--out", new_report.out, tr(help::new_report::out))->type_name("FILE");
  site_options(new_report_cmd, new_report.options);

  CLI::App* import = command(app, "import", tr(help::import::summary), tr(help::import::usage),
                             tr(help::import::about));
  import->require_subcommand(0, 1);

  importer::ImportPlanOptions import_plan;
  CLI::App* import_plan_cmd = command(*import, "plan", tr(help::import_plan::summary),
                                      tr(help::import_plan::usage), tr(help::import_plan::about));
  import_plan_cmd->add_option("FILE", import_plan.file, tr(help::import_plan::file))
      ->required()
      ->type_name("");
  import_plan_cmd->add_option("--org", import_plan.org, tr(help::import_plan::org))
      ->required()
      ->type_name("SLUG");
  site_options(import_plan_cmd, import_plan);

  importer::ImportSheetOptions import_report;
  CLI::App* import_report_cmd =
      command(*import, "report", tr(help::import_report::summary), tr(help::import_report::usage),
              tr(help::import_report::about));
  import_report_cmd->add_option("FILE", import_report.file, tr(help::import_report::file))
      ->required()
      ->type_name("");
  import_report_cmd->add_option("--plan", import_report.plan, tr(help::import_report::plan))
      ->required()
      ->type_name("ORG/PLAN");
  site_options(import_report_cmd, import_report);

  std::string shell;
  CLI::App* completion = command(app, "completion", tr(help::completion::summary),
                                 tr(help::completion::usage), tr(help::completion::about));
  completion->add_option("SHELL", shell, tr(help::completion::shell))
      ->required()
      ->check(CLI::IsMember({"bash"}))
      ->type_name("");

  // `prongsai version` and `prongsai help`, as before CLI11: kept, not listed.
  CLI::App* version_cmd = app.add_subcommand("version")->group("");
  CLI::App* help_cmd = app.add_subcommand("help")->group("");

  if (argc < 2) {  // no command at all: what there is to do, and exit 2 as a usage error
    std::cout << app.help();
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();  // the help of the deepest command named
    return kExitOk;
  } catch (const CLI::ExtrasError& e) {
    const std::string path = command_path(app);
    if (path.empty() && argv[1][0] != '-')
      return usage_error(path, trf("unknown command '{1}' (the commands are build, check, serve, "
                                   "new, import and completion)",
                                   argv[1]));
    return usage_error(path, parse_error_message(e, english));
  } catch (const CLI::ParseError& e) {
    return usage_error(command_path(app), parse_error_message(e, english));
  }

  if (version || version_cmd->parsed()) {
    std::cout << "prongsai " << PRONGSAI_VERSION << " (build " << build_id() << ")\n";
    return kExitOk;
  }
  if (help_cmd->parsed()) {
    std::cout << app.help();
    return kExitOk;
  }
  for (CLI::App* group : {new_, import})  // `prongsai new` alone: which things it makes
    if (group->parsed() && group->get_subcommands().empty()) {
      std::cout << group->help();
      return kExitUsage;
    }
  if (app.got_subcommand("build")) return run_build(std::move(build));
  if (app.got_subcommand("check")) return run_build(std::move(check));
  if (app.got_subcommand("serve")) return run_serve(std::move(serve));
  if (new_site_cmd->parsed()) return run_new_site(new_site);
  if (new_org_cmd->parsed()) return run_new_organisation(new_org);
  if (new_plan_cmd->parsed()) return run_new_plan(std::move(new_plan));
  if (new_report_cmd->parsed()) return run_new_report(std::move(new_report));
  if (import_plan_cmd->parsed()) return run_import_plan(import_plan);
  if (import_report_cmd->parsed()) return run_import_report(import_report);
  if (completion->parsed()) {
    std::cout << bash_completion(app);
    return kExitOk;
  }
  std::cout << app.help();  // options only (none given): the overview
  return kExitUsage;
}

}  // namespace prongsai::cli
