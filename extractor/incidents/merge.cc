// MergeIncidents: the grouping rules of incidents.h, in two passes per
// (type, actor, treaty, family): dated mentions finest first, then undated
// mentions in order of publication onto the incident dated or reported
// nearest, or into new ones.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "incidents/date_span.h"
#include "incidents/incidents.h"

namespace newsevents {
namespace {

// Stages from the least to the most advanced; a modality outside the list
// (none in spec/output.md) ranks before them all.
const char* const kStageOrder[] = {"considered", "threatened", "demanded",
                                   "planned", "asserted"};

int StageRank(const std::string& modality) {
  for (int i = 0; i < 5; ++i)
    if (modality == kStageOrder[i]) return i + 1;
  return 0;
}

struct Cluster {
  std::string anchor;
  std::optional<DateSpan> span;     // the anchor's days, for a dated cluster
  std::optional<DateSpan> reports;  // publication days of its members
  std::vector<size_t> members;      // indexes into the reports
};

void AddReportDay(int day, Cluster* c) {
  if (!c->reports) {
    c->reports = DateSpan{day, day, "day", ""};
    return;
  }
  c->reports->first = std::min(c->reports->first, day);
  c->reports->last = std::max(c->reports->last, day);
}

// FNV-1a, then the splitmix64 finaliser, so that contents one letter apart
// get ids that look apart.
uint64_t Hash(const std::string& s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

std::string ContentId(const EventReport& r, const std::string& family,
                      const std::string& anchor) {
  const std::string content = r.type + '\x1f' + r.actor_key + '\x1f' +
                              r.treaty_key + '\x1f' + family + '\x1f' + anchor;
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(Hash(content)));
  return std::string("inc-") + buf;
}

int Midpoint(const DateSpan& s) { return s.first + (s.last - s.first) / 2; }

// Places the reports `group` (one type, actor, treaty and family) into
// clusters.
std::vector<Cluster> ClusterGroup(const std::vector<EventReport>& reports,
                                  const std::vector<size_t>& group, int window,
                                  int slack) {
  struct Dated {
    DateSpan span;
    std::optional<int> report;
    size_t index;
  };
  std::vector<Dated> dated;
  std::vector<std::pair<int, size_t>> undated;  // publication day, index
  std::vector<size_t> unplaceable;              // no date, no publication
  for (size_t i : group) {
    const EventReport& r = reports[i];
    std::optional<DateSpan> span = ParseDateSpan(r.date);
    std::optional<int> report = ParseDay(r.dct);
    if (span)
      dated.push_back({*span, report, i});
    else if (report)
      undated.push_back({*report, i});
    else
      unplaceable.push_back(i);
  }
  // Finest first; the rest of the key only fixes the order of ties. Reports
  // are sorted already, so the index breaks the last tie the same way
  // whatever the input order was.
  std::sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) {
    return std::make_tuple(a.span.width(), a.span.first, a.span.value,
                           a.index) <
           std::make_tuple(b.span.width(), b.span.first, b.span.value, b.index);
  });
  std::vector<Cluster> clusters;
  // The cluster `distance` puts nearest (it returns nothing for one that
  // does not fit); of equals, the one with more reports (the main story),
  // then the first made (so the finest).
  auto nearest = [&clusters](auto distance) {
    std::optional<size_t> best;
    int best_distance = 0;
    for (size_t c = 0; c < clusters.size(); ++c) {
      std::optional<int> d = distance(clusters[c]);
      if (!d) continue;
      if (!best || *d < best_distance ||
          (*d == best_distance &&
           clusters[c].members.size() > clusters[*best].members.size())) {
        best = c;
        best_distance = *d;
      }
    }
    return best;
  };
  for (const Dated& m : dated) {
    std::optional<size_t> c =
        nearest([&m, slack](const Cluster& cluster) -> std::optional<int> {
          const DateSpan& s = *cluster.span;
          // A day may be off by `slack` from another report's date.
          const int extra =
              m.span.precision == "day" || s.precision == "day" ? slack : 0;
          if (s.first > m.span.last + extra || m.span.first - extra > s.last)
            return std::nullopt;
          return m.report ? std::abs(*m.report - Midpoint(s)) : 0;
        });
    if (!c) {
      Cluster fresh;
      fresh.anchor = m.span.value;
      fresh.span = m.span;
      clusters.push_back(std::move(fresh));
      c = clusters.size() - 1;
    }
    clusters[*c].members.push_back(m.index);
    if (m.report) AddReportDay(*m.report, &clusters[*c]);
  }
  // Undated reports in order of publication: onto the incident whose date
  // lies nearest within the window; else onto the one reported nearest
  // within the window (the story goes on while it is reported); else a new
  // incident of its own.
  std::sort(undated.begin(), undated.end());
  for (const auto& [day, index] : undated) {
    std::optional<size_t> c = nearest(
        [day = day, window](const Cluster& cluster) -> std::optional<int> {
          if (!cluster.span) return std::nullopt;
          const int d = DistanceToSpan(day, *cluster.span);
          return d > window ? std::nullopt : std::optional<int>(d);
        });
    if (!c)
      c = nearest(
          [day = day, window](const Cluster& cluster) -> std::optional<int> {
            if (!cluster.reports) return std::nullopt;
            const int d = DistanceToSpan(day, *cluster.reports);
            return d > window ? std::nullopt : std::optional<int>(d);
          });
    if (!c) {
      Cluster fresh;
      fresh.anchor = "~" + reports[index].dct.substr(0, 10);
      clusters.push_back(std::move(fresh));
      c = clusters.size() - 1;
    }
    clusters[*c].members.push_back(index);
    AddReportDay(day, &clusters[*c]);
  }
  if (!unplaceable.empty()) {
    Cluster fresh;
    fresh.anchor = "~";
    fresh.members = unplaceable;
    clusters.push_back(std::move(fresh));
  }
  return clusters;
}

// Fills the fields of `incident` that come from its members.
void Describe(const std::vector<EventReport>& reports,
              const std::vector<size_t>& members, bool negated,
              Incident* incident) {
  const EventReport& head = reports[members.front()];
  incident->type = head.type;
  incident->actor_key = head.actor_key;
  incident->actor_name = head.actor_name;
  incident->treaty_key = head.treaty_key;
  incident->treaty_name = head.treaty_name;
  std::set<std::string> articles, officials;
  std::set<std::pair<std::string, std::string>> organisations;
  std::map<std::string, IncidentStage> stages;
  int furthest = -1;
  // The best date: the finest, then the most frequent, then the earliest,
  // among asserted mentions when there are dated ones, else among all.
  std::map<std::tuple<bool, int, std::string>, int> dates;  // -> count
  for (size_t i : members) {
    const EventReport& r = reports[i];
    articles.insert(r.doc_id);
    officials.insert(r.officials.begin(), r.officials.end());
    organisations.insert(r.organisations.begin(), r.organisations.end());
    incident->mentions.push_back(
        {r.doc_id, r.event_id, r.modality, r.date, r.dct});
    if (!r.dct.empty()) {
      if (incident->first_report.empty() || r.dct < incident->first_report)
        incident->first_report = r.dct;
      if (r.dct > incident->last_report) incident->last_report = r.dct;
    }
    IncidentStage& stage = stages[r.modality];
    stage.modality = r.modality;
    ++stage.mentions;
    if (!r.dct.empty() &&
        (stage.first_report.empty() || r.dct < stage.first_report))
      stage.first_report = r.dct;
    if (r.dct > stage.last_report) stage.last_report = r.dct;
    furthest = std::max(furthest, StageRank(r.modality));
    if (std::optional<DateSpan> span = ParseDateSpan(r.date))
      ++dates[{r.modality != "asserted", span->width(), span->value}];
  }
  incident->articles.assign(articles.begin(), articles.end());
  incident->officials.assign(officials.begin(), officials.end());
  incident->organisations.assign(organisations.begin(), organisations.end());
  std::sort(incident->mentions.begin(), incident->mentions.end(),
            [](const IncidentMention& a, const IncidentMention& b) {
              return std::tie(a.doc_id, a.event_id) <
                     std::tie(b.doc_id, b.event_id);
            });
  for (auto& [modality, stage] : stages) incident->stages.push_back(stage);
  std::sort(incident->stages.begin(), incident->stages.end(),
            [](const IncidentStage& a, const IncidentStage& b) {
              return std::make_pair(StageRank(a.modality), a.modality) <
                     std::make_pair(StageRank(b.modality), b.modality);
            });
  if (negated)
    incident->modality = "negated";
  else
    incident->modality = incident->stages.back().modality;
  if (!dates.empty()) {
    const auto& first = *dates.begin();
    auto best = dates.begin();
    for (auto it = dates.begin(); it != dates.end(); ++it) {
      if (std::get<0>(it->first) != std::get<0>(first.first) ||
          std::get<1>(it->first) != std::get<1>(first.first))
        break;
      if (it->second > best->second) best = it;
    }
    incident->date = std::get<2>(best->first);
    incident->date_precision = ParseDateSpan(incident->date)->precision;
  }
}

// Gives each incident the earlier id most of its mentions had, when
// `previous` has one and no bigger incident took it first; the others keep
// their content id (with "-2", "-3" in the rare case it is taken).
void KeepPreviousIds(const PreviousIds& previous,
                     std::vector<Incident>* incidents) {
  if (previous.empty()) return;
  struct Claim {
    size_t votes;
    std::string old_id;
    size_t incident;
  };
  std::vector<Claim> claims;
  for (size_t i = 0; i < incidents->size(); ++i) {
    std::map<std::string, size_t> votes;
    for (const IncidentMention& m : (*incidents)[i].mentions) {
      auto it = previous.find({m.doc_id, m.event_id});
      if (it != previous.end()) ++votes[it->second];
    }
    for (const auto& [id, n] : votes) claims.push_back({n, id, i});
  }
  std::sort(claims.begin(), claims.end(), [&](const Claim& a, const Claim& b) {
    return std::make_tuple(b.votes, a.old_id, (*incidents)[a.incident].id) <
           std::make_tuple(a.votes, b.old_id, (*incidents)[b.incident].id);
  });
  std::set<std::string> taken;
  std::vector<bool> kept(incidents->size(), false);
  for (const Claim& c : claims) {
    if (kept[c.incident] || taken.count(c.old_id)) continue;
    (*incidents)[c.incident].id = c.old_id;
    kept[c.incident] = true;
    taken.insert(c.old_id);
  }
  for (size_t i = 0; i < incidents->size(); ++i) {
    if (kept[i]) continue;
    Incident& incident = (*incidents)[i];
    std::string id = incident.id;
    for (int n = 2; taken.count(id); ++n)
      id = incident.id + "-" + std::to_string(n);
    incident.id = id;
    taken.insert(id);
  }
}

}  // namespace

std::vector<Incident> MergeIncidents(std::vector<EventReport> reports,
                                     const MergeOptions& options,
                                     const PreviousIds& previous) {
  auto key = [](const EventReport& r) {
    return std::tie(r.type, r.actor_key, r.treaty_key, r.doc_id, r.event_id,
                    r.modality, r.date, r.dct, r.actor_name, r.treaty_name,
                    r.officials, r.organisations);
  };
  std::sort(reports.begin(), reports.end(),
            [&key](const EventReport& a, const EventReport& b) {
              return key(a) < key(b);
            });
  // Groups of one type, actor, treaty and family, in sorted order; of two
  // reports of one (doc id, event id), the first in that order is kept.
  std::map<std::tuple<std::string, std::string, std::string, bool>,
           std::vector<size_t>>
      groups;
  std::set<std::pair<std::string, std::string>> seen;
  for (size_t i = 0; i < reports.size(); ++i) {
    const EventReport& r = reports[i];
    if (!seen.insert({r.doc_id, r.event_id}).second) continue;
    groups[{r.type, r.actor_key, r.treaty_key, r.modality == "negated"}]
        .push_back(i);
  }
  std::vector<Incident> incidents;
  for (const auto& [group_key, members] : groups) {
    const bool negated = std::get<3>(group_key);
    for (Cluster& c : ClusterGroup(reports, members, options.window_days,
                                   options.day_slack)) {
      Incident incident;
      incident.anchor = c.anchor;
      incident.id = ContentId(reports[c.members.front()],
                              negated ? "negated" : "", c.anchor);
      Describe(reports, c.members, negated, &incident);
      incidents.push_back(std::move(incident));
    }
  }
  KeepPreviousIds(previous, &incidents);
  std::sort(incidents.begin(), incidents.end(),
            [](const Incident& a, const Incident& b) {
              return std::tie(a.first_report, a.id) <
                     std::tie(b.first_report, b.id);
            });
  return incidents;
}

}  // namespace newsevents
