package genesystest_test

import (
	"encoding/json"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// allHistory is an interval covering the fixture's whole history and today.
const allHistory = "2026-10-01T00:00:00Z/2026-11-03T00:00:00Z"

var analyticsSimCases = []simCase{
	{
		tool: "genesys_conversations_get_analytics_conversation_details",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"conversationId": f.pastConv(t, "call").ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.pastConv(t, "call")
			body := decodeBody(t, res)
			assert.Equal(t, c.ID, body["conversationId"])
			assert.Equal(t, c.EndTime.UTC().Format("2006-01-02T15:04:05.000Z"), body["conversationEnd"])
			assert.Equal(t, "inbound", body["originatingDirection"])
			agent := byPurpose(c, "agent")
			require.NotNil(t, agent)
			require.NotNil(t, agent.Wrapup)
			p := analyticsParticipant(t, body, agent.ID)
			assert.Equal(t, agent.UserID, p["userId"])
			s := p["sessions"].([]any)[0].(map[string]any)
			assert.Equal(t, "voice", s["mediaType"])
			assert.Equal(t, agent.Communications[0].ID, s["sessionId"])
			wrap := analyticsSegment(s, "wrapup")
			require.NotNil(t, wrap, "the agent's wrap-up segment is reported")
			assert.Equal(t, agent.Wrapup.Code, wrap["wrapUpCode"])
			assert.Equal(t, agent.Wrapup.Notes, wrap["wrapUpNote"])
			m := analyticsMetrics(s)
			assert.Equal(t, m["tTalkComplete"]+m["tHeldComplete"]+m["tAcw"], m["tHandle"], "handle = talk + hold + after-call work")
			assert.Equal(t, float64(1), m["nConnected"])
		},
	},
	{
		name: "analytics_details_follow_a_disconnect", tool: "genesys_conversations_get_analytics_conversation_details",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			f.values["id"] = c.ID
			callTool(t, f, "genesys_conversations_post_conversation_disconnect", map[string]any{"conversationId": c.ID})
			return jsonArgs(map[string]any{"conversationId": c.ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["id"])
			body := decodeBody(t, res)
			assert.Equal(t, "2026-11-02T14:30:00.000Z", body["conversationEnd"], "the disconnect ended the conversation")
			agent := byPurpose(c, "agent")
			s := analyticsParticipant(t, body, agent.ID)["sessions"].([]any)[0].(map[string]any)
			interact := analyticsSegment(s, "interact")
			require.NotNil(t, interact)
			assert.Equal(t, "2026-11-02T14:30:00.000Z", interact["segmentEnd"])
			assert.Equal(t, "client", interact["disconnectType"])
			wrap := analyticsSegment(s, "wrapup")
			require.NotNil(t, wrap, "the agent is now in after-call work")
			assert.NotContains(t, wrap, "segmentEnd", "after-call work is still open")
			m := analyticsMetrics(s)
			assert.Contains(t, m, "tTalkComplete")
			assert.NotContains(t, m, "tHandle", "handle time waits for the wrap-up")
		},
	},
	{
		name: "analytics_details_show_a_wrapup", tool: "genesys_conversations_get_analytics_conversation_details",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			a := agentOf(c)
			require.NoError(t, f.srv.CustomerHangsUp(c.ID))
			q := analyticsQueue(t, f, a.QueueID)
			f.values["id"], f.values["p"], f.values["code"] = c.ID, a.ID, q.WrapupCodeIDs[1]
			callTool(t, f, "genesys_conversations_post_call_participant_communication_wrapup", map[string]any{
				"conversationId": c.ID, "participantId": a.ID, "communicationId": a.Communications[len(a.Communications)-1].ID,
				"code": f.values["code"], "notes": "Refund approved.", "tags": []string{"refund"},
			})
			return jsonArgs(map[string]any{"conversationId": c.ID})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			s := analyticsParticipant(t, decodeBody(t, res), f.values["p"])["sessions"].([]any)[0].(map[string]any)
			wrap := analyticsSegment(s, "wrapup")
			require.NotNil(t, wrap)
			assert.Equal(t, f.values["code"], wrap["wrapUpCode"])
			assert.Equal(t, "Refund approved.", wrap["wrapUpNote"])
			assert.Equal(t, []any{"refund"}, wrap["wrapUpTags"])
			assert.Equal(t, "2026-11-02T14:30:00.000Z", wrap["segmentEnd"], "the wrap-up closed after-call work")
			m := analyticsMetrics(s)
			assert.Contains(t, m, "tAcw")
			assert.Equal(t, m["tTalkComplete"]+m["tHeldComplete"]+m["tAcw"], m["tHandle"])
		},
	},
	{
		name: "analytics_details_wrapup_before_disconnect", tool: "genesys_conversations_post_analytics_conversations_details_query",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			a := agentOf(c)
			q := analyticsQueue(t, f, a.QueueID)
			f.values["id"], f.values["code"] = c.ID, q.WrapupCodeIDs[2]
			callTool(t, f, "genesys_conversations_post_call_participant_communication_wrapup", map[string]any{
				"conversationId": c.ID, "participantId": a.ID, "communicationId": a.Communications[len(a.Communications)-1].ID,
				"code": f.values["code"],
			})
			callTool(t, f, "genesys_conversations_post_conversation_disconnect", map[string]any{"conversationId": c.ID})
			return jsonArgs(map[string]any{
				"interval": "2026-11-02T00:00:00Z/2026-11-03T00:00:00Z",
				"segmentFilters": []any{map[string]any{"type": "and", "predicates": []any{
					map[string]any{"dimension": "segmentType", "value": "wrapup"},
					map[string]any{"dimension": "wrapUpCode", "value": f.values["code"]},
				}}},
				"conversationFilters": []any{map[string]any{"type": "and", "predicates": []any{
					map[string]any{"dimension": "conversationId", "value": c.ID},
				}}},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.Equal(t, float64(1), body["totalHits"], "a code chosen during the call shows on the wrap-up segment after it")
		},
	},
	{
		tool: "genesys_conversations_get_analytics_conversations_details",
		args: func(t *testing.T, f *fixture) string {
			f.values["past"], f.values["live"] = f.pastConv(t, "email").ID, f.liveConv(t, "message", true).ID
			return jsonArgs(map[string]any{"id": []string{f.values["past"], "00000000-0000-4000-8000-000000000000", f.values["live"]}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			convs := decodeBody(t, res)["conversations"].([]any)
			require.Len(t, convs, 2, "the unknown id is left out")
			assert.Equal(t, f.values["past"], convs[0].(map[string]any)["conversationId"])
			assert.Equal(t, f.values["live"], convs[1].(map[string]any)["conversationId"])
			assert.NotContains(t, convs[1], "conversationEnd", "the live conversation has not ended")
		},
	},
	{
		tool: "genesys_conversations_get_analytics_conversations_details_job_results",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"jobId": analyticsJobWithMost(t, f).ID, "pageSize": 10})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			job := analyticsJobWithMost(t, f)
			body := decodeBody(t, res)
			convs := body["conversations"].([]any)
			require.Len(t, convs, 10)
			assert.NotEmpty(t, body["cursor"], "more pages follow")
			assert.Equal(t, "2026-11-02T14:30:00.000Z", body["dataAvailabilityDate"])
			for i, c := range convs {
				assert.Equal(t, job.ConversationIDs[i], c.(map[string]any)["conversationId"])
			}
			cust := convs[0].(map[string]any)["participants"].([]any)[0].(map[string]any)
			assert.Contains(t, cust, "attributes", "job results carry participant attributes")
		},
	},
	{
		name: "analytics_job_results_last_page", tool: "genesys_conversations_get_analytics_conversations_details_job_results",
		args: func(t *testing.T, f *fixture) string {
			job := analyticsJobWithMost(t, f)
			f.values["job"] = job.ID
			first := callTool(t, f, "genesys_conversations_get_analytics_conversations_details_job_results",
				map[string]any{"jobId": job.ID, "pageSize": len(job.ConversationIDs) - 2})
			require.NotEmpty(t, first["cursor"])
			return jsonArgs(map[string]any{"jobId": job.ID, "pageSize": len(job.ConversationIDs) - 2, "cursor": first["cursor"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			job := analyticsJobWithMost(t, f)
			body := decodeBody(t, res)
			convs := body["conversations"].([]any)
			require.Len(t, convs, 2)
			assert.Equal(t, job.ConversationIDs[len(job.ConversationIDs)-1], convs[1].(map[string]any)["conversationId"])
			assert.NotContains(t, body, "cursor", "the last page has no cursor")
		},
	},
	{
		tool: "genesys_conversations_post_analytics_conversations_details_query",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{
				"interval": allHistory, "order": "desc", "orderBy": "conversationStart",
				"segmentFilters": []any{map[string]any{"type": "and", "predicates": []any{
					map[string]any{"dimension": "queueId", "value": f.org.Queues[0].ID},
					map[string]any{"dimension": "purpose", "value": "agent"},
				}}},
				"paging": map[string]any{"pageSize": 5, "pageNumber": 1},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			want := 0
			for _, c := range f.srv.Conversations() {
				for _, p := range c.Participants {
					if p.Purpose == "agent" && p.QueueID == f.org.Queues[0].ID {
						want++
						break
					}
				}
			}
			body := decodeBody(t, res)
			assert.Equal(t, float64(want), body["totalHits"])
			convs := body["conversations"].([]any)
			require.Len(t, convs, 5)
			var starts []string
			for _, c := range convs {
				starts = append(starts, c.(map[string]any)["conversationStart"].(string))
			}
			assert.True(t, sort.IsSorted(sort.Reverse(sort.StringSlice(starts))), "newest first: %v", starts)
		},
	},
	{
		name: "analytics_details_query_wrapup_code", tool: "genesys_conversations_post_analytics_conversations_details_query",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{
				"interval": allHistory,
				"segmentFilters": []any{map[string]any{"type": "or", "predicates": []any{
					map[string]any{"dimension": "wrapUpCode", "value": f.org.WrapupCodes[0].ID},
				}}},
				"aggregations": []any{map[string]any{"type": "termFrequency", "dimension": "wrapUpCode"}},
				"paging":       map[string]any{"pageSize": 100, "pageNumber": 1},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			code := f.org.WrapupCodes[0].ID
			want := map[string]bool{}
			for _, c := range f.srv.Conversations() {
				for _, p := range c.Participants {
					if p.Wrapup != nil && p.Wrapup.Code == code {
						want[c.ID] = true
					}
				}
			}
			require.NotEmpty(t, want)
			body := decodeBody(t, res)
			assert.Equal(t, float64(len(want)), body["totalHits"])
			for _, c := range body["conversations"].([]any) {
				assert.True(t, want[c.(map[string]any)["conversationId"].(string)])
			}
			agg := body["aggregations"].([]any)[0].(map[string]any)
			assert.Equal(t, "termFrequency", agg["type"])
			entry := agg["results"].([]any)[0].(map[string]any)
			assert.Equal(t, code, entry["value"])
			assert.Equal(t, float64(len(want)), entry["count"])
		},
	},
	{
		name: "analytics_details_query_in_progress", tool: "genesys_conversations_post_analytics_conversations_details_query",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{
				"interval": "2026-11-02T14:00:00Z/2026-11-02T15:00:00Z",
				"conversationFilters": []any{map[string]any{"type": "and", "predicates": []any{
					map[string]any{"dimension": "conversationEnd", "operator": "notExists"},
				}}},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			active := f.srv.ActiveConversations()
			assert.Equal(t, float64(len(active)), body["totalHits"])
			for _, c := range body["conversations"].([]any) {
				assert.NotContains(t, c, "conversationEnd")
			}
		},
	},
	{
		name: "analytics_details_query_external_tag", tool: "genesys_conversations_post_analytics_conversations_details_query",
		args: func(t *testing.T, f *fixture) string {
			f.values["id"] = f.pastConv(t, "call").ID
			callTool(t, f, "genesys_conversations_put_conversation_tags", map[string]any{"conversationId": f.values["id"], "externalTag": "crm-4711"})
			return jsonArgs(map[string]any{
				"interval": allHistory,
				"conversationFilters": []any{map[string]any{"type": "and", "predicates": []any{
					map[string]any{"dimension": "externalTag", "value": "crm-4711"},
				}}},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			assert.Equal(t, float64(1), body["totalHits"])
			c := body["conversations"].([]any)[0].(map[string]any)
			assert.Equal(t, f.values["id"], c["conversationId"])
			assert.Equal(t, "crm-4711", c["externalTag"])
		},
	},
	{
		tool: "genesys_conversations_post_analytics_conversations_aggregates_query",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{"interval": allHistory, "groupBy": []string{"queueId"}, "metrics": []string{"nOffered", "tHandle"}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			want := map[string]float64{}
			for _, c := range f.srv.Conversations() {
				for _, p := range c.Participants {
					if p.Purpose == "acd" {
						want[p.QueueID]++
					}
				}
			}
			got := map[string]float64{}
			for _, r := range decodeBody(t, res)["results"].([]any) {
				r := r.(map[string]any)
				queue := r["group"].(map[string]any)["queueId"].(string)
				data := r["data"].([]any)
				require.Len(t, data, 1, "no granularity: one bucket")
				assert.Equal(t, "2026-10-01T00:00:00.000Z/2026-11-03T00:00:00.000Z", data[0].(map[string]any)["interval"])
				for _, m := range data[0].(map[string]any)["metrics"].([]any) {
					m := m.(map[string]any)
					stats := m["stats"].(map[string]any)
					switch m["metric"] {
					case "nOffered":
						got[queue] = stats["count"].(float64)
					case "tHandle":
						assert.LessOrEqual(t, stats["min"], stats["max"])
						assert.Greater(t, stats["sum"], float64(0))
					}
				}
			}
			assert.Equal(t, want, got, "every conversation was offered to one queue")
		},
	},
	{
		name: "analytics_aggregates_daily_voice", tool: "genesys_conversations_post_analytics_conversations_aggregates_query",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{
				"interval": allHistory, "granularity": "P1D", "groupBy": []string{"mediaType"},
				"filter":  map[string]any{"type": "and", "predicates": []any{map[string]any{"dimension": "mediaType", "value": "voice"}}},
				"metrics": []string{"nConnected"},
				"views":   []any{map[string]any{"target": "tHandle", "name": "handledUnder5Min", "function": "rangeBound", "range": map[string]any{"lt": 300000}}},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			want := 0.0
			for _, c := range f.srv.Conversations() {
				for _, p := range c.Participants {
					if c.MediaType == "call" && p.Purpose == "agent" && p.ConnectedTime != nil {
						want++
					}
				}
			}
			results := decodeBody(t, res)["results"].([]any)
			require.Len(t, results, 1)
			r := results[0].(map[string]any)
			assert.Equal(t, map[string]any{"mediaType": "voice"}, r["group"])
			got := 0.0
			for _, d := range r["data"].([]any) {
				d := d.(map[string]any)
				from, to, ok := strings.Cut(d["interval"].(string), "/")
				require.True(t, ok)
				a, _ := time.Parse(time.RFC3339, from)
				b, _ := time.Parse(time.RFC3339, to)
				assert.Equal(t, 24*time.Hour, b.Sub(a), "daily buckets")
				for _, m := range d["metrics"].([]any) {
					got += m.(map[string]any)["stats"].(map[string]any)["count"].(float64)
				}
			}
			assert.Equal(t, want, got)
		},
	},
	{
		name: "analytics_aggregates_top_handlers", tool: "genesys_conversations_post_analytics_conversations_aggregates_query",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{
				"interval": allHistory, "groupBy": []string{"userId"}, "metrics": []string{"tHandle", "nConnected"},
				"queryType": "topN", "sortMetric": map[string]any{"name": "tHandle", "function": "sum"}, "limit": 3,
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			results := decodeBody(t, res)["results"].([]any)
			require.Len(t, results, 3)
			var sums []float64
			for _, r := range results {
				for _, m := range r.(map[string]any)["data"].([]any)[0].(map[string]any)["metrics"].([]any) {
					if m.(map[string]any)["metric"] == "tHandle" {
						sums = append(sums, m.(map[string]any)["stats"].(map[string]any)["sum"].(float64))
					}
				}
			}
			require.Len(t, sums, 3)
			assert.True(t, sums[0] >= sums[1] && sums[1] >= sums[2], "highest handle time first: %v", sums)
		},
	},
	{
		tool: "genesys_conversations_post_analytics_conversations_activity_query",
		args: func(*testing.T, *fixture) string {
			return `{"metrics":[{"metric":"oWaiting","details":true},{"metric":"oInteracting"},{"metric":"oLongestWaiting"}],"groupBy":["queueId"]}`
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			wantWaiting, wantInteracting := map[string]bool{}, 0.0
			for _, c := range f.srv.ActiveConversations() {
				for _, p := range c.Participants {
					switch {
					case p.Purpose == "acd" && p.EndTime == nil:
						wantWaiting[c.ID] = true
					case p.Purpose == "agent" && p.EndTime == nil:
						wantInteracting++
					}
				}
			}
			require.NotEmpty(t, wantWaiting)
			waiting, interacting := 0.0, 0.0
			for _, r := range decodeBody(t, res)["results"].([]any) {
				r := r.(map[string]any)
				queue := r["group"].(map[string]any)["queueId"]
				for _, d := range r["data"].([]any) {
					d := d.(map[string]any)
					switch d["metric"] {
					case "oWaiting":
						waiting += d["count"].(float64)
					case "oInteracting":
						interacting += d["count"].(float64)
					case "oLongestWaiting":
						assert.Greater(t, d["calculatedMetricValue"], float64(0))
					}
				}
				for _, e := range analyticsList(r["entities"]) {
					e := e.(map[string]any)
					assert.Equal(t, "oWaiting", e["metric"])
					assert.Equal(t, queue, e["queueId"])
					assert.True(t, wantWaiting[e["conversationId"].(string)])
				}
			}
			assert.Equal(t, float64(len(wantWaiting)), waiting)
			assert.Equal(t, wantInteracting, interacting)
		},
	},
	{
		name: "analytics_activity_after_assign", tool: "genesys_conversations_post_analytics_conversations_activity_query",
		args: func(t *testing.T, f *fixture) string {
			var waiting genesystest.Conversation
			for _, c := range f.srv.ActiveConversations() {
				if c.MediaType == "call" && agentOf(c) == nil {
					waiting = c
				}
			}
			require.NotEmpty(t, waiting.ID)
			f.values["id"], f.values["user"] = waiting.ID, f.org.Users[3].ID
			callTool(t, f, "genesys_conversations_post_conversation_assign", map[string]any{"conversationId": waiting.ID, "id": f.values["user"]})
			return jsonArgs(map[string]any{
				"metrics": []any{map[string]any{"metric": "oInteracting", "details": true}, map[string]any{"metric": "oWaiting", "details": true}},
				"groupBy": []string{"userId"},
				"filter":  map[string]any{"type": "and", "predicates": []any{map[string]any{"dimension": "conversationId", "value": waiting.ID}}},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			results := decodeBody(t, res)["results"].([]any)
			require.Len(t, results, 1, "only the assigned agent's leg is live in that conversation")
			r := results[0].(map[string]any)
			assert.Equal(t, map[string]any{"userId": f.values["user"]}, r["group"])
			counts := map[string]float64{}
			for _, d := range r["data"].([]any) {
				counts[d.(map[string]any)["metric"].(string)] = d.(map[string]any)["count"].(float64)
			}
			assert.Equal(t, map[string]float64{"oInteracting": 1, "oWaiting": 0}, counts)
			e := r["entities"].([]any)[0].(map[string]any)
			assert.Equal(t, f.values["id"], e["conversationId"])
			assert.Equal(t, "2026-11-02T14:30:00.000Z", e["activityDate"])
		},
	},
}

// ---- helpers -------------------------------------------------------------

func analyticsParticipant(t *testing.T, conv map[string]any, id string) map[string]any {
	t.Helper()
	for _, p := range conv["participants"].([]any) {
		if p.(map[string]any)["participantId"] == id {
			return p.(map[string]any)
		}
	}
	t.Fatalf("participant %s not in the detail record", id)
	return nil
}

// analyticsSegment returns the last segment of a type in a session.
func analyticsSegment(session map[string]any, typ string) map[string]any {
	var found map[string]any
	for _, s := range analyticsList(session["segments"]) {
		if s.(map[string]any)["segmentType"] == typ {
			found = s.(map[string]any)
		}
	}
	return found
}

// analyticsMetrics sums a session's metrics by name.
func analyticsMetrics(session map[string]any) map[string]float64 {
	out := map[string]float64{}
	for _, m := range analyticsList(session["metrics"]) {
		m := m.(map[string]any)
		out[m["name"].(string)] += m["value"].(float64)
	}
	return out
}

func analyticsList(v any) []any {
	l, _ := v.([]any)
	return l
}

func analyticsQueue(t *testing.T, f *fixture, id string) genesystest.Queue {
	t.Helper()
	return mustFind(t, f.org.Queues, func(q genesystest.Queue) bool { return q.ID == id }, "no queue %s", id)
}

func analyticsJobWithMost(t *testing.T, f *fixture) genesystest.AnalyticsJob {
	t.Helper()
	jobs := f.srv.AnalyticsJobs()
	require.NotEmpty(t, jobs)
	best := jobs[0]
	for _, j := range jobs {
		require.Equal(t, "FULFILLED", j.State)
		if len(j.ConversationIDs) > len(best.ConversationIDs) {
			best = j
		}
	}
	return best
}

func detailFields(body map[string]any) []string {
	var out []string
	for _, d := range analyticsList(body["details"]) {
		if f, ok := d.(map[string]any)["fieldName"].(string); ok {
			out = append(out, f)
		}
	}
	return out
}

// ---- error behaviour -------------------------------------------------------

func TestAnalyticsNotFound(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	_, err := f.set.Call(t.Context(), "genesys_conversations_get_analytics_conversation_details", json.RawMessage(`{"conversationId":"no-such-conversation"}`))
	ae := requireAPIError(t, err, http.StatusNotFound, "not.found")
	assert.Equal(t, "no-such-conversation", ae.EntityID)

	_, err = f.set.Call(t.Context(), "genesys_conversations_get_analytics_conversations_details_job_results", json.RawMessage(`{"jobId":"no-such-job"}`))
	requireAPIError(t, err, http.StatusNotFound, "not.found")
}

func TestAnalyticsBadRequests(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	job := f.srv.AnalyticsJobs()[0].ID
	const (
		details    = "/api/v2/analytics/conversations/details/query"
		aggregates = "/api/v2/analytics/conversations/aggregates/query"
		activity   = "/api/v2/analytics/conversations/activity/query"
	)
	for _, tc := range []struct {
		name, method, path, body, field string
	}{
		{"details without interval", "POST", details, `{"order":"asc"}`, "interval"},
		{"details interval not ISO", "POST", details, `{"interval":"yesterday"}`, "interval"},
		{"details interval reversed", "POST", details, `{"interval":"2026-11-02T00:00:00Z/2026-11-01T00:00:00Z"}`, "interval"},
		{"details bad order", "POST", details, `{"interval":"` + allHistory + `","order":"sideways"}`, "order"},
		{"details bad orderBy", "POST", details, `{"interval":"` + allHistory + `","orderBy":"queueId"}`, "orderBy"},
		{"details page too big", "POST", details, `{"interval":"` + allHistory + `","paging":{"pageSize":500,"pageNumber":1}}`, "paging.pageSize"},
		{"details unknown field", "POST", details, `{"interval":"` + allHistory + `","bogus":1}`, "bogus"},
		{"details unsupported segment dimension", "POST", details,
			`{"interval":"` + allHistory + `","segmentFilters":[{"type":"and","predicates":[{"dimension":"edgeId","value":"x"}]}]}`,
			"segmentFilters[0].predicates[0].dimension"},
		{"details bad filter type", "POST", details,
			`{"interval":"` + allHistory + `","conversationFilters":[{"type":"xor","predicates":[{"dimension":"conversationId","value":"x"}]}]}`,
			"conversationFilters[0].type"},
		{"details bad operator", "POST", details,
			`{"interval":"` + allHistory + `","segmentFilters":[{"type":"and","clauses":[{"type":"or","predicates":[{"dimension":"queueId","operator":"like","value":"x"}]}]}]}`,
			"segmentFilters[0].clauses[0].predicates[0].operator"},
		{"details metric value not a number", "POST", details,
			`{"interval":"` + allHistory + `","conversationFilters":[{"type":"and","predicates":[{"metric":"tHandle","value":"long"}]}]}`,
			"conversationFilters[0].predicates[0].value"},
		{"details unsupported aggregation", "POST", details,
			`{"interval":"` + allHistory + `","aggregations":[{"type":"termFrequency","dimension":"edgeId"}]}`,
			"aggregations[0].dimension"},
		{"aggregates without metrics", "POST", aggregates, `{"interval":"` + allHistory + `"}`, "metrics"},
		{"aggregates unsupported metric", "POST", aggregates, `{"interval":"` + allHistory + `","metrics":["nOffered","oServiceLevel"]}`, "metrics[1]"},
		{"aggregates unsupported groupBy", "POST", aggregates, `{"interval":"` + allHistory + `","metrics":["nOffered"],"groupBy":["agentScore"]}`, "groupBy[0]"},
		{"aggregates bad granularity", "POST", aggregates, `{"interval":"` + allHistory + `","metrics":["nOffered"],"granularity":"one day"}`, "granularity"},
		{"aggregates too many buckets", "POST", aggregates, `{"interval":"` + allHistory + `","metrics":["nOffered"],"granularity":"PT1S"}`, "granularity"},
		{"aggregates bad time zone", "POST", aggregates, `{"interval":"` + allHistory + `","metrics":["nOffered"],"timeZone":"Mars/Olympus"}`, "timeZone"},
		{"aggregates topN without sortMetric", "POST", aggregates, `{"interval":"` + allHistory + `","metrics":["nOffered","tHandle"],"queryType":"topN"}`, "sortMetric"},
		{"aggregates bad view", "POST", aggregates, `{"interval":"` + allHistory + `","metrics":["tHandle"],"views":[{"target":"tHandle","name":"v","function":"rangeBound"}]}`, "views[0].range"},
		{"aggregates filter range on a text dimension", "POST", aggregates,
			`{"interval":"` + allHistory + `","metrics":["nOffered"],"filter":{"type":"and","predicates":[{"dimension":"queueId","range":{"gt":1}}]}}`,
			"filter.predicates[0].range"},
		{"activity without metrics", "POST", activity, `{"groupBy":["queueId"]}`, "metrics"},
		{"activity without groupBy", "POST", activity, `{"metrics":[{"metric":"oWaiting"}]}`, "groupBy"},
		{"activity bad metric", "POST", activity, `{"metrics":[{"metric":"nOffered"}],"groupBy":[]}`, "metrics[0].metric"},
		{"activity unsupported groupBy", "POST", activity, `{"metrics":[{"metric":"oWaiting"}],"groupBy":["teamId"]}`, "groupBy[0]"},
		{"activity bad page size", "POST", activity + "?pageSize=0", `{"metrics":[{"metric":"oWaiting"}],"groupBy":[]}`, "pageSize"},
		{"multi-get without ids", "GET", "/api/v2/analytics/conversations/details", "", "id"},
		{"job cursor forged", "GET", "/api/v2/analytics/conversations/details/jobs/" + job + "/results?cursor=bm9wZQ", "", "cursor"},
		{"job page size", "GET", "/api/v2/analytics/conversations/details/jobs/" + job + "/results?pageSize=abc", "", "pageSize"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body := rawCall(t, f, tc.method, tc.path, "", tc.body)
			assert.Equal(t, http.StatusBadRequest, status, "%v", body)
			assert.Equal(t, "bad.request", body["code"])
			assert.Contains(t, detailFields(body), tc.field, "%v", body)
		})
	}
}

func TestAnalyticsUnsupportedDimensionThroughTools(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	_, err := f.set.Call(t.Context(), "genesys_conversations_post_analytics_conversations_aggregates_query",
		json.RawMessage(`{"interval":"`+allHistory+`","metrics":["nOffered"],"groupBy":["edgeId"]}`))
	ae := requireAPIError(t, err, http.StatusBadRequest, "bad.request")
	assert.Contains(t, ae.Message, "edgeId")
	require.NotEmpty(t, ae.Details)
	assert.Equal(t, "groupBy[0]", ae.Details[0].FieldName)
}

// TestAnalyticsJobCursorWalk reads a job page by page and gets every
// conversation exactly once.
func TestAnalyticsJobCursorWalk(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	job := analyticsJobWithMost(t, f)
	var got []string
	cursor := ""
	for pages := 0; pages < 20; pages++ {
		args := map[string]any{"jobId": job.ID, "pageSize": 10}
		if cursor != "" {
			args["cursor"] = cursor
		}
		body := callTool(t, f, "genesys_conversations_get_analytics_conversations_details_job_results", args)
		for _, c := range analyticsList(body["conversations"]) {
			got = append(got, c.(map[string]any)["conversationId"].(string))
		}
		next, _ := body["cursor"].(string)
		if next == "" {
			break
		}
		cursor = next
	}
	assert.Equal(t, job.ConversationIDs, got)
}

// TestAnalyticsFollowsALiveCall drives a call from the queue to wrap-up
// and checks every analytics view along the way.
func TestAnalyticsFollowsALiveCall(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	queue, user := f.org.Queues[1], f.org.Users[6]
	id, err := f.srv.InboundCall(queue.ID, f.org.ExternalContacts[0].CellPhone)
	require.NoError(t, err)

	waitingIn := func() map[string]bool {
		body := callTool(t, f, "genesys_conversations_post_analytics_conversations_activity_query", map[string]any{
			"metrics": []any{map[string]any{"metric": "oWaiting", "details": true}}, "groupBy": []string{},
			"filter": map[string]any{"type": "and", "predicates": []any{map[string]any{"dimension": "queueId", "value": queue.ID}}},
		})
		out := map[string]bool{}
		for _, r := range analyticsList(body["results"]) {
			for _, e := range analyticsList(r.(map[string]any)["entities"]) {
				out[e.(map[string]any)["conversationId"].(string)] = true
			}
		}
		return out
	}
	assert.True(t, waitingIn()[id], "the new call waits in its queue")

	_, err = f.srv.ConnectAgent(id, user.ID)
	require.NoError(t, err)
	assert.False(t, waitingIn()[id], "answered calls no longer wait")

	require.NoError(t, f.srv.CustomerHangsUp(id))
	details := callTool(t, f, "genesys_conversations_get_analytics_conversation_details", map[string]any{"conversationId": id})
	assert.Equal(t, "2026-11-02T14:30:00.000Z", details["conversationEnd"])
	var agentSession map[string]any
	for _, p := range details["participants"].([]any) {
		if p.(map[string]any)["userId"] == user.ID {
			agentSession = p.(map[string]any)["sessions"].([]any)[0].(map[string]any)
		}
	}
	require.NotNil(t, agentSession)
	assert.NotNil(t, analyticsSegment(agentSession, "wrapup"), "the agent is in after-call work")
	assert.Equal(t, float64(1), analyticsMetrics(agentSession)["nConnected"])

	agg := callTool(t, f, "genesys_conversations_post_analytics_conversations_aggregates_query", map[string]any{
		"interval": "2026-11-02T14:00:00Z/2026-11-02T15:00:00Z", "metrics": []string{"nOffered", "nConnected"},
		"groupBy": []string{"userId"},
		"filter":  map[string]any{"type": "and", "predicates": []any{map[string]any{"dimension": "conversationId", "value": id}}},
	})
	results := analyticsList(agg["results"])
	require.Len(t, results, 2, "the ACD leg (no user) and the agent's leg")
	for _, r := range results {
		r := r.(map[string]any)
		m := r["data"].([]any)[0].(map[string]any)["metrics"].([]any)[0].(map[string]any)
		if g, ok := r["group"].(map[string]any); ok {
			assert.Equal(t, user.ID, g["userId"])
			assert.Equal(t, "nConnected", m["metric"])
		} else {
			assert.Equal(t, "nOffered", m["metric"])
		}
		assert.Equal(t, float64(1), m["stats"].(map[string]any)["count"])
	}
}
