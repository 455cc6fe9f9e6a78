package genesystest_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// record returns a custom attributes record of a conversation's state.
func record(c genesystest.Conversation, id string) *genesystest.CustomAttributes {
	for _, r := range c.CustomAttributes {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// schemaOf returns the schema id of some seeded record with the given id.
func schemaOf(t *testing.T, f *fixture, recordID string) string {
	t.Helper()
	for _, c := range f.srv.Conversations() {
		if r := record(c, recordID); r != nil {
			return r.SchemaID
		}
	}
	t.Fatalf("no seeded %s record", recordID)
	return ""
}

func allRecords(f *fixture) int {
	n := 0
	for _, c := range f.srv.Conversations() {
		n += len(c.CustomAttributes)
	}
	return n
}

var attributeSimCases = []simCase{
	{
		tool: "genesys_conversations_get_conversation_customattributes",
		args: func(t *testing.T, f *fixture) string {
			f.values["conv"] = f.pastConv(t, "call").ID
			return jsonArgs(map[string]any{"conversationId": f.values["conv"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			require.NotEmpty(t, c.CustomAttributes)
			results := decodeBody(t, res)["results"].([]any)
			require.Len(t, results, len(c.CustomAttributes))
			for i, r := range results {
				m := r.(map[string]any)
				assert.Equal(t, c.CustomAttributes[i].ID, m["id"])
				assert.Equal(t, c.ID, m["conversationId"])
				assert.EqualValues(t, c.CustomAttributes[i].Version, m["version"])
			}
		},
	},
	{
		tool: "genesys_conversations_get_conversation_customattribute",
		args: func(t *testing.T, f *fixture) string {
			f.values["conv"] = f.liveConv(t, "call", true).ID
			return jsonArgs(map[string]any{"conversationId": f.values["conv"], "attributesId": "order-context"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			r := record(f.conv(t, f.values["conv"]), "order-context")
			require.NotNil(t, r)
			body := decodeBody(t, res)
			assert.Equal(t, "order-context", body["id"])
			assert.Equal(t, r.Attributes, body["customAttributes"])
			assert.Equal(t, r.SchemaID, body["schema"].(map[string]any)["id"])
			assert.EqualValues(t, r.Version, body["version"])
			assert.Equal(t, []any{f.org.Divisions[0].ID}, body["divisions"])
		},
	},
	{
		tool: "genesys_conversations_delete_conversation_customattribute",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			f.values["conv"], f.values["n"] = c.ID, strconv.Itoa(len(c.CustomAttributes))
			return jsonArgs(map[string]any{"conversationId": c.ID, "attributesId": "order-context"})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			assert.Nil(t, record(c, "order-context"), "the record is gone")
			n, _ := strconv.Atoi(f.values["n"])
			assert.Len(t, c.CustomAttributes, n-1, "only that record")
		},
	},
	{
		name: "put_conversation_customattributes_create", tool: "genesys_conversations_put_conversation_customattributes",
		args: func(t *testing.T, f *fixture) string {
			f.values["conv"] = f.liveConv(t, "call", true).ID
			return jsonArgs(map[string]any{
				"conversationId": f.values["conv"], "id": "survey", "schemaId": schemaOf(t, f, "survey"),
				"customAttributes": map[string]any{"npsScore": 9, "comment": "Great help", "surveyed": true},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.JSONEq(t, `{"id":"survey"}`, string(res.Body))
			r := record(f.conv(t, f.values["conv"]), "survey")
			require.NotNil(t, r)
			assert.Equal(t, 1, r.Version)
			assert.Equal(t, schemaOf(t, f, "survey"), r.SchemaID)
			assert.Equal(t, map[string]any{"npsScore": 9.0, "comment": "Great help", "surveyed": true}, r.Attributes)
			assert.Empty(t, r.DivisionIDs, "no divisions given: Unassigned")
			assert.Equal(t, f.now, r.DateCreated)
		},
	},
	{
		tool: "genesys_conversations_put_conversation_customattributes",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			r := record(c, "order-context")
			require.NotNil(t, r)
			f.values["conv"] = c.ID
			return jsonArgs(map[string]any{
				"conversationId": c.ID, "id": "order-context", "version": r.Version, "divisions": []string{f.org.Divisions[0].ID},
				"customAttributes": map[string]any{"orderId": "A-99999", "items": 2},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			r := record(f.conv(t, f.values["conv"]), "order-context")
			assert.Equal(t, map[string]any{"orderId": "A-99999", "items": 2.0}, r.Attributes, "every value replaced")
			assert.Equal(t, 2, r.Version)
			assert.Equal(t, f.now, r.DateModified)
			assert.True(t, r.DateCreated.Before(f.now), "creation date kept")
		},
	},
	{
		tool: "genesys_conversations_patch_conversation_customattributes",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			r := record(c, "order-context")
			f.values["conv"], f.values["orderId"] = c.ID, r.Attributes["orderId"].(string)
			return jsonArgs(map[string]any{
				"conversationId": c.ID, "id": "order-context", "version": r.Version,
				"customAttributes": map[string]any{"items": 7, "vip": true},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			r := record(f.conv(t, f.values["conv"]), "order-context")
			assert.Equal(t, 7.0, r.Attributes["items"])
			assert.Equal(t, true, r.Attributes["vip"])
			assert.Equal(t, f.values["orderId"], r.Attributes["orderId"], "attributes not named keep their values")
			assert.Equal(t, 2, r.Version)
			assert.Empty(t, r.DivisionIDs, "divisions left out are cleared")
		},
	},
	{
		tool: "genesys_conversations_get_conversation_secureattributes",
		args: func(t *testing.T, f *fixture) string {
			f.values["conv"] = f.liveConv(t, "call", true).ID
			return jsonArgs(map[string]any{"conversationId": f.values["conv"]})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			require.NotEmpty(t, c.SecureAttributes)
			var body struct {
				Attributes map[string]string `json:"attributes"`
				Version    int               `json:"version"`
			}
			require.NoError(t, json.Unmarshal(res.Body, &body))
			assert.Equal(t, c.SecureAttributes, body.Attributes)
			assert.Equal(t, c.SecureAttributesVer, body.Version)
		},
	},
	{
		tool: "genesys_conversations_put_conversation_secureattributes",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			f.values["conv"] = c.ID
			return jsonArgs(map[string]any{"conversationId": c.ID, "version": c.SecureAttributesVer, "attributes": map[string]string{"verifiedDob": "1984-02-29"}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			assert.Equal(t, map[string]string{"verifiedDob": "1984-02-29"}, c.SecureAttributes, "the whole set is replaced")
			assert.Equal(t, 2, c.SecureAttributesVer)
			var s string
			require.NoError(t, json.Unmarshal(res.Body, &s), "a bare string")
			assert.NotContains(t, s, "1984-02-29", "the answer does not repeat the values")
		},
	},
	{
		tool: "genesys_conversations_patch_conversation_secureattributes",
		args: func(t *testing.T, f *fixture) string {
			c := f.liveConv(t, "call", true)
			f.values["conv"], f.values["token"] = c.ID, c.SecureAttributes["paymentToken"]
			return jsonArgs(map[string]any{"conversationId": c.ID, "attributes": map[string]string{"cardLast4": "1881"}})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			c := f.conv(t, f.values["conv"])
			assert.Equal(t, "1881", c.SecureAttributes["cardLast4"])
			assert.Equal(t, f.values["token"], c.SecureAttributes["paymentToken"], "other keys kept")
			assert.Equal(t, 2, c.SecureAttributesVer)
			assert.NotContains(t, string(res.Body), "1881")
		},
	},
	{
		tool: "genesys_conversations_post_customattributes_search",
		args: func(*testing.T, *fixture) string {
			return `{"pageSize":10,"pageNumber":2,"sortBy":"dateModified","sortOrder":"DESC"}`
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			body := decodeBody(t, res)
			total := allRecords(f)
			require.Greater(t, total, 20)
			assert.EqualValues(t, total, body["total"])
			assert.EqualValues(t, (total+9)/10, body["pageCount"])
			assert.EqualValues(t, 2, body["pageNumber"])
			results := body["results"].([]any)
			require.Len(t, results, 10)
			var dates []string
			for _, r := range results {
				dates = append(dates, r.(map[string]any)["dateModified"].(string))
			}
			assert.True(t, sort.IsSorted(sort.Reverse(sort.StringSlice(dates))), "newest first: %v", dates)
		},
	},
	{
		name: "post_customattributes_search_expand", tool: "genesys_conversations_post_customattributes_search",
		args: func(*testing.T, *fixture) string { return `{"expand":["schema"],"pageSize":1}` },
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			r := decodeBody(t, res)["results"].([]any)[0].(map[string]any)
			assert.Contains(t, r["schema"].(map[string]any)["jsonSchema"].(map[string]any)["properties"], "orderId")
		},
	},
	{
		tool: "genesys_conversations_post_conversations_participants_attributes_search",
		args: func(t *testing.T, f *fixture) string {
			return jsonArgs(map[string]any{
				"query": []map[string]any{
					{"type": "DATE_RANGE", "fields": []string{"startTime"}, "startValue": f.now.Add(-72 * time.Hour).Format(time.RFC3339), "endValue": f.now.Format(time.RFC3339)},
					{"type": "EXACT", "fields": []string{"participantAttributes.tier"}, "value": "gold"},
				},
				"sortBy": "startTime", "sortOrder": "DESC",
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			var want []string
			for _, c := range f.srv.Conversations() {
				if c.StartTime.Before(f.now.Add(-72*time.Hour)) || customerOf(c).Attributes["tier"] != "gold" {
					continue
				}
				want = append(want, c.ID)
			}
			require.NotEmpty(t, want)
			body := decodeBody(t, res)
			assert.Equal(t, []any{"conversations"}, body["types"])
			var got, starts []string
			for _, r := range body["results"].([]any) {
				m := r.(map[string]any)
				got = append(got, m["conversationId"].(string))
				starts = append(starts, m["startTime"].(string))
				found := false
				for _, p := range m["participantData"].([]any) {
					if p.(map[string]any)["participantAttributes"].(map[string]any)["tier"] == "gold" {
						found = true
					}
				}
				assert.True(t, found, "a gold-tier participant in %s", m["conversationId"])
			}
			assert.ElementsMatch(t, want, got)
			assert.True(t, sort.IsSorted(sort.Reverse(sort.StringSlice(starts))), "newest first")
			assert.NotContains(t, body, "cursor", "one page holds them all")
		},
	},
	{
		tool: "genesys_conversations_post_participants_attributes_search",
		args: func(t *testing.T, f *fixture) string {
			live := f.liveConv(t, "call", true)
			past := f.pastConv(t, "call")
			f.values["live"], f.values["past"] = live.ID, past.ID
			return jsonArgs(map[string]any{
				"returnFields": []string{"conversationId"},
				"query": []map[string]any{{"type": "EXACT", "operator": "AND", "group": []map[string]any{
					{"type": "EXACT", "fields": []string{"conversationId"}, "values": []string{live.ID, past.ID}, "operator": "OR"},
					{"type": "EXACT", "fields": []string{"conversationId"}, "value": past.ID, "operator": "NOT"},
				}}},
			})
		},
		check: func(t *testing.T, f *fixture, res *tools.Result) {
			assert.JSONEq(t, `{"types":["conversations"],"results":[{"conversationId":"`+f.values["live"]+`"}]}`, string(res.Body))
		},
	},
}

func TestCustomAttributeErrors(t *testing.T) {
	t.Parallel()

	t.Run("unknown ids", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		live := f.liveConv(t, "call", true).ID
		for name, tc := range map[string]struct {
			tool string
			args map[string]any
		}{
			"list, conversation": {"genesys_conversations_get_conversation_customattributes", map[string]any{"conversationId": "nope"}},
			"get, record":        {"genesys_conversations_get_conversation_customattribute", map[string]any{"conversationId": live, "attributesId": "nope"}},
			"delete, record":     {"genesys_conversations_delete_conversation_customattribute", map[string]any{"conversationId": live, "attributesId": "nope"}},
			"patch, record":      {"genesys_conversations_patch_conversation_customattributes", map[string]any{"conversationId": live, "id": "nope", "customAttributes": map[string]any{"items": 1}}},
			"secure, conv":       {"genesys_conversations_get_conversation_secureattributes", map[string]any{"conversationId": "nope"}},
		} {
			ae := toolAPIError(t, f.set, tc.tool, tc.args)
			assert.Equal(t, http.StatusNotFound, ae.Status, name)
			assert.Equal(t, "not.found", ae.Code, name)
		}
	})

	t.Run("stale versions", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.liveConv(t, "call", true)
		r := record(c, "order-context")
		for _, tool := range []string{"genesys_conversations_put_conversation_customattributes", "genesys_conversations_patch_conversation_customattributes"} {
			ae := toolAPIError(t, f.set, tool, map[string]any{"conversationId": c.ID, "id": r.ID, "version": r.Version + 3, "customAttributes": map[string]any{"items": 1}})
			assert.Equal(t, http.StatusConflict, ae.Status, tool)
		}
		ae := toolAPIError(t, f.set, "genesys_conversations_put_conversation_customattributes", map[string]any{
			"conversationId": c.ID, "id": "brand-new", "version": 4, "schemaId": r.SchemaID, "customAttributes": map[string]any{"items": 1}})
		assert.Equal(t, http.StatusConflict, ae.Status, "a version for a record that does not exist")
		assert.Equal(t, r.Version, record(f.conv(t, c.ID), r.ID).Version, "conflicts change nothing")

		// Two writers from the same read: the second one loses.
		args := map[string]any{"conversationId": c.ID, "id": r.ID, "version": r.Version, "customAttributes": map[string]any{"items": 2}}
		_, err := f.set.Call(t.Context(), "genesys_conversations_patch_conversation_customattributes", json.RawMessage(jsonArgs(args)))
		require.NoError(t, err)
		ae = toolAPIError(t, f.set, "genesys_conversations_patch_conversation_customattributes", args)
		assert.Equal(t, http.StatusConflict, ae.Status)
	})

	t.Run("schema and body checks", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.liveConv(t, "call", true)
		path := "/api/v2/conversations/" + c.ID + "/customattributes"
		order := schemaOf(t, f, "order-context")
		for body, field := range map[string]string{
			`{"customAttributes":{"items":1}}`:                                                           "id",
			`{"id":"order-context"}`:                                                                     "customAttributes",
			`{"id":"fresh","customAttributes":{"items":1}}`:                                              "schemaId",
			`{"id":"fresh","schemaId":"nope","customAttributes":{"items":1}}`:                            "schemaId",
			`{"id":"fresh","schemaId":"` + order + `","customAttributes":{"size":"L"}}`:                  "customAttributes.size",
			`{"id":"fresh","schemaId":"` + order + `","customAttributes":{"items":1.5}}`:                 "customAttributes.items",
			`{"id":"fresh","schemaId":"` + order + `","customAttributes":{"vip":"yes"}}`:                 "customAttributes.vip",
			`{"id":"order-context","schemaId":"` + schemaOf(t, f, "survey") + `","customAttributes":{}}`: "schemaId",
			`{"id":"order-context","customAttributes":{},"divisions":["elsewhere"]}`:                     "divisions",
			`{"id":"order-context","customAttributes":{},"version":"3"}`:                                 "version",
		} {
			status, ae := rawCall(t, f, http.MethodPut, path, "", body)
			assert.Equal(t, http.StatusBadRequest, status, body)
			assert.Equal(t, field, fieldOf(ae), body)
		}
		status, ae := rawCall(t, f, http.MethodPatch, path, "", `{"id":"order-context","schemaId":"`+order+`","customAttributes":{}}`)
		assert.Equal(t, http.StatusBadRequest, status, "PATCH takes no schemaId")
		assert.Equal(t, "schemaId", fieldOf(ae))
		assert.Equal(t, 1, record(f.conv(t, c.ID), "order-context").Version, "refused writes change nothing")
	})

	t.Run("patch null removes", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.liveConv(t, "call", true)
		status, _, raw := rawDo(t, f.srv, http.MethodPatch, "/api/v2/conversations/"+c.ID+"/customattributes", f.srv.Token(), `{"id":"order-context","customAttributes":{"vip":null}}`)
		require.Equal(t, http.StatusOK, status)
		assert.Empty(t, raw, "PATCH answers without a body")
		assert.NotContains(t, record(f.conv(t, c.ID), "order-context").Attributes, "vip")
	})

	t.Run("ended conversations keep their records writable", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.pastConv(t, "email")
		_, err := f.set.Call(t.Context(), "genesys_conversations_put_conversation_customattributes", json.RawMessage(jsonArgs(map[string]any{
			"conversationId": c.ID, "id": "survey", "schemaId": schemaOf(t, f, "survey"), "customAttributes": map[string]any{"npsScore": 3}})))
		require.NoError(t, err)
		assert.NotNil(t, record(f.conv(t, c.ID), "survey"))
	})
}

func TestSecureAttributeErrors(t *testing.T) {
	t.Parallel()

	t.Run("put checks the version, patch does not", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.liveConv(t, "call", true)
		ae := toolAPIError(t, f.set, "genesys_conversations_put_conversation_secureattributes",
			map[string]any{"conversationId": c.ID, "version": c.SecureAttributesVer + 1, "attributes": map[string]string{"pin": "8841"}})
		assert.Equal(t, http.StatusConflict, ae.Status)
		assert.NotContains(t, ae.Message, "8841")
		assert.Equal(t, c.SecureAttributes, f.conv(t, c.ID).SecureAttributes, "unchanged")

		_, err := f.set.Call(t.Context(), "genesys_conversations_patch_conversation_secureattributes", json.RawMessage(jsonArgs(map[string]any{
			"conversationId": c.ID, "version": 99, "attributes": map[string]string{"pin": "8841"}})))
		require.NoError(t, err)
		assert.Equal(t, "8841", f.conv(t, c.ID).SecureAttributes["pin"])
	})

	t.Run("errors never repeat values", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		c := f.liveConv(t, "call", true)
		path := "/api/v2/conversations/" + c.ID + "/secureattributes"
		const secret = "4111111111111111"
		for _, body := range []string{
			`{"attributes":{"card":` + secret + `}}`,
			`{"attributes":{"card":"` + secret + `"},"extra":"` + secret + `"}`,
			`{"attributes":{"card":"` + secret + `"`,
			`{"attributes":{"card":["` + secret + `"]}}`,
			`{"attributes":{"card":"` + strings.Repeat(secret, 200) + `"}}`,
			`{"attributes":{"":"` + secret + `"}}`,
		} {
			for _, method := range []string{http.MethodPut, http.MethodPatch} {
				status, _, raw := rawDo(t, f.srv, method, path, f.srv.Token(), body)
				assert.Equal(t, http.StatusBadRequest, status, "%s %s", method, body)
				assert.NotContains(t, string(raw), "4111", "%s %s", method, body)
			}
		}
		assert.Equal(t, c.SecureAttributes, f.conv(t, c.ID).SecureAttributes, "unchanged")
	})

	t.Run("patch needs attributes", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		status, ae := rawCall(t, f, http.MethodPatch, "/api/v2/conversations/"+f.liveConv(t, "call", true).ID+"/secureattributes", "", `{"version":1}`)
		assert.Equal(t, http.StatusBadRequest, status)
		assert.Equal(t, "attributes", fieldOf(ae))
	})

	t.Run("none recorded", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		res, err := f.set.Call(t.Context(), "genesys_conversations_get_conversation_secureattributes",
			json.RawMessage(jsonArgs(map[string]any{"conversationId": f.liveConv(t, "email", true).ID})))
		require.NoError(t, err)
		assert.JSONEq(t, `{"attributes":{},"version":0}`, string(plainBody(t, res)))
	})
}

func TestAttributeSearches(t *testing.T) {
	t.Parallel()

	t.Run("participant search pages with a cursor", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		query := map[string]any{"query": []map[string]any{{"type": "DATE_RANGE", "fields": []string{"startTime"},
			"startValue": f.now.Add(-30 * 24 * time.Hour).Format("2006-01-02 15:04"), "endValue": f.now.Format("2006-01-02 15:04"),
			"dateFormat": "yyyy-MM-dd HH:mm"}}}
		var got []string
		pages := 0
		for {
			res, err := f.set.Call(t.Context(), "genesys_conversations_post_participants_attributes_search", json.RawMessage(jsonArgs(query)))
			require.NoError(t, err)
			pages++
			var body struct {
				Results []struct {
					ConversationID string `json:"conversationId"`
				} `json:"results"`
				Cursor string `json:"cursor"`
			}
			require.NoError(t, json.Unmarshal(plainBody(t, res), &body))
			for _, r := range body.Results {
				got = append(got, r.ConversationID)
			}
			if body.Cursor == "" {
				break
			}
			query["cursor"] = body.Cursor
			require.Less(t, pages, 10)
		}
		var want []string
		for _, c := range f.srv.Conversations() {
			want = append(want, c.ID)
		}
		assert.Greater(t, pages, 1, "more than one page")
		assert.Equal(t, want, got, "every conversation once, oldest first")

		// A cursor only fits the search it came from.
		other := map[string]any{"cursor": query["cursor"], "query": []map[string]any{{"type": "EXACT", "fields": []string{"mediaType"}, "value": "call"}}}
		ae := toolAPIError(t, f.set, "genesys_conversations_post_participants_attributes_search", other)
		assert.Equal(t, http.StatusBadRequest, ae.Status)
		assert.Equal(t, "cursor", ae.Details[0].FieldName)
	})

	t.Run("participant search rejects bad criteria", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		const path = "/api/v2/conversations/participants/attributes/search"
		for body, field := range map[string]string{
			`{"query":[{"fields":["conversationId"],"value":"x"}]}`:                                               "query[0].type",
			`{"query":[{"type":"FUZZY","fields":["conversationId"],"value":"x"}]}`:                                "query[0].type",
			`{"query":[{"type":"EXACT","fields":["colour"],"value":"x"}]}`:                                        "query[0].fields",
			`{"query":[{"type":"EXACT","fields":["conversationId"]}]}`:                                            "query[0].value",
			`{"query":[{"type":"DATE_RANGE","fields":["conversationId"],"startValue":"2026-01-01T00:00:00Z"}]}`:   "query[0].fields",
			`{"query":[{"type":"DATE_RANGE","fields":["startTime"],"startValue":"last week"}]}`:                   "query[0].startValue",
			`{"query":[{"type":"DATE_RANGE","fields":["startTime"],"startValue":"2026","dateFormat":"yyyy QQ"}]}`: "query[0].dateFormat",
			`{"query":[{"type":"EXACT","operator":"XOR","fields":["conversationId"],"value":"x"}]}`:               "query[0].operator",
			`{"query":[{"type":"EXACT","group":[{"type":"EXACT","fields":["conversationId"]}]}]}`:                 "query[0].group[0].value",
			`{"sortBy":"colour"}`: "sortBy",
			`{"sortOrder":"UP"}`:  "sortOrder",
			`{"sort":[{"sortBy":"startTime","sortOrder":"UP"}]}`: "sort[0].sortOrder",
			`{"returnFields":["ssn"]}`:                           "returnFields",
			`{"cursor":"not-a-cursor"}`:                          "cursor",
			`{"query":{"type":"EXACT"}}`:                         "query",
		} {
			status, ae := rawCall(t, f, http.MethodPost, path, "", body)
			assert.Equal(t, http.StatusBadRequest, status, body)
			assert.Equal(t, field, fieldOf(ae), body)
		}
	})

	t.Run("custom attributes search paging", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t)
		const path = "/api/v2/conversations/customattributes/search"
		for body, field := range map[string]string{
			`{"pageSize":0}`:            "pageSize",
			`{"pageSize":101}`:          "pageSize",
			`{"pageNumber":0}`:          "pageNumber",
			`{"expand":["owner"]}`:      "expand",
			`{"sortBy":"customerName"}`: "sortBy",
		} {
			status, ae := rawCall(t, f, http.MethodPost, path, "", body)
			assert.Equal(t, http.StatusBadRequest, status, body)
			assert.Equal(t, field, fieldOf(ae), body)
		}
		// Pages beyond the last are empty; all pages together hold every
		// record once.
		seen := map[string]bool{}
		var ordered []string
		total := allRecords(f)
		for n := 1; n <= (total+24)/25+1; n++ {
			res, err := f.set.Call(t.Context(), "genesys_conversations_post_customattributes_search",
				json.RawMessage(jsonArgs(map[string]any{"pageNumber": n, "sort": []map[string]any{{"sortBy": "conversationId"}, {"sortBy": "id"}}})))
			require.NoError(t, err)
			var page map[string]any
			require.NoError(t, json.Unmarshal(plainBody(t, res), &page))
			for _, r := range page["results"].([]any) {
				m := r.(map[string]any)
				key := m["conversationId"].(string) + "/" + m["id"].(string)
				assert.False(t, seen[key], "%s twice", key)
				seen[key] = true
				ordered = append(ordered, key)
			}
		}
		assert.Len(t, seen, total)
		assert.True(t, slices.IsSorted(ordered), "sorted by conversation, then record id")
	})
}
