#include "cli/AnalyzeCommand.h"

#include "cli/CommandParser.h"
#include "cli/Console.h"
#include "cli/DesignArgument.h"
#include "core/analysis/AnalysisReport.h"
#include "core/analysis/EnvironmentAnalysis.h"

namespace topo::cli {

namespace {

const char* const kDescription =
    R"(The figures the designer's analysis docks (Scaling, Charts, Sizing advisor,
Failover) and the HTML report show, per environment (or only --environment ID), from the
same code, each with the arithmetic that gives it:
- frontEnds: traffic (distinct traffic front-ends: a server behind two load balancers
  counts once), all (distinct front-ends, standby included), ids (the traffic ones, in
  file order);
- capacity: perCore (req/s per core for the environment's appKind), total (sum over the
  traffic front-ends of cores x perCore), nMinus1 (total minus the largest single share;
  0 with no front-end), balancedDeployment (the smaller group of the balanced-deployment
  split: largest first, each into the group with less so far; 0 with fewer than two
  front-ends), expected;
- availability: serverAvailability, frontEndTier (1 - (1 - a)^n over the n traffic
  front-ends), servingPath (front-ends x load balancers x database), and the model;
- scaling: the front-end clusters (per load balancer with targets, then the front-ends
  no load balancer targets) with their members, common spec and members of another spec;
  the deployment controller with its guidance and next size up; the timer nodes per zone;
- sizing: the sizing advisor's recommendation and its arithmetic, as lines of text;
- singlePointsOfFailure: as 'simulate --fail each', only what breaks in the environment.

JSON output:
  {"file": F, "environments": [{"environment": id, "name": N,
   "frontEnds": {"traffic": n, "all": n, "ids": [ids], "arithmetic": text},
   "capacity": {"perCore": x, "total": x, "nMinus1": x, "balancedDeployment": x,
                "balancedGroups": [[ids], [ids]], "expected": x,
                "arithmetic": {"perCore": text, "total": text, "nMinus1": text,
                               "balancedDeployment": text}},
   "availability": {"serverAvailability": a, "frontEndTier": a, "loadBalancerTier": a,
                    "databaseTier": a, "servingPath": a, "model": text,
                    "arithmetic": {"frontEndTier": text, "servingPath": text}},
   "scaling": {"frontEndClusters": [{"loadBalancer": id|null, "members": [ids],
                "trafficMembers": [ids], "commonSpec": {"cpuCores", "ramGb", "diskGb"},
                "otherSpec": [ids], "capacity": x, "capacityWithNext": x,
                "sharedWith": id|null, "arithmetic": text}],
               "controller": {"server": id|null, "count": n, "hardware", "guidance",
                              "guidanceSource": text, "nextSize"},
               "timers": [{"zone": id|null, "name": N, "hostsApps": bool,
                           "nodes": [{"server": id, "host": "frontEnd"|"controller"|
                                      "dedicated"}]}]},
   "sizing": {"recommendation": [text], "arithmetic": [text]},
   "singlePointsOfFailure": [as simulate --fail each]}]}

Exit status: 0 on success; 2 when the file cannot be loaded, --environment names no
environment of the design, or the arguments are wrong.)";

} // namespace

int runAnalyze(const QStringList& arguments)
{
    CommandParser command(QStringLiteral("analyze [options] FILE"),
                          QString::fromUtf8(kDescription));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption environment = environmentOption();
    parser.addOption(environment);
    command.addFormatOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file."));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;

    const std::optional<bool> json = command.jsonFormat();
    if (!json)
        return kExitFailure;
    const std::optional<DesignArgument> design = loadDesignArgument(command, environment);
    if (!design)
        return kExitFailure;
    const QString& file = design->file;
    const std::vector<EnvironmentAnalysis> analyses =
        analyzeEnvironments(design->topology, design->environment);

    if (*json) {
        Json environments = Json::array();
        for (const EnvironmentAnalysis& analysis : analyses)
            environments.push_back(analysisJson(analysis));
        printJson(Json{{"file", file.toStdString()}, {"environments", std::move(environments)}});
        return kExitOk;
    }
    printLine(file);
    for (const EnvironmentAnalysis& analysis : analyses)
        for (const std::string& line : analysisLines(analysis))
            printLine(fromStd(line));
    return kExitOk;
}

} // namespace topo::cli
