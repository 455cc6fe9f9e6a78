package schema_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/genesyskit/genesyskit/schema"
)

type color string

func (color) EnumValues() []string { return []string{"red", "green"} }

type inner struct {
	Code  string            `json:"code" jsonschema_description:"The code, with commas, kept."`
	Count int               `json:"count,omitempty" jsonschema:"minimum=1,maximum=10" jsonschema_description:"How many."`
	Tags  map[string]string `json:"tags,omitempty" jsonschema_description:"Free tags."`
}

type input struct {
	ID     string         `json:"id" jsonschema_description:"The id."`
	When   string         `json:"when,omitempty" jsonschema:"format=date-time" jsonschema_description:"A time."`
	Color  color          `json:"color,omitempty" jsonschema_description:"A color."`
	Colors []color        `json:"colors,omitempty" jsonschema_description:"Colors."`
	Held   *bool          `json:"held,omitempty" jsonschema_description:"Held or not."`
	Inner  *inner         `json:"inner,omitempty" jsonschema_description:"Nested."`
	List   []inner        `json:"list,omitempty" jsonschema_description:"Nested list."`
	Data   map[string]any `json:"data,omitempty" jsonschema_description:"Anything."`
	Ratio  float64        `json:"ratio,omitempty" jsonschema_description:"A number."`
}

func TestForIsCompactAndCached(t *testing.T) {
	t.Parallel()
	raw, err := schema.For(&input{})
	require.NoError(t, err)
	again, err := schema.For(input{})
	require.NoError(t, err)
	assert.Same(t, &raw[0], &again[0], "the schema is computed once and shared")

	var s map[string]any
	require.NoError(t, json.Unmarshal(raw, &s))
	assert.Equal(t, "object", s["type"])
	for _, k := range []string{"$schema", "$id", "$ref", "$defs"} {
		assert.NotContains(t, s, k)
	}
	assert.Equal(t, []any{"id"}, s["required"])
	props := s["properties"].(map[string]any)
	assert.Equal(t, []any{"red", "green"}, props["color"].(map[string]any)["enum"])
	assert.Equal(t, "A color.", props["color"].(map[string]any)["description"])
	assert.Equal(t, []any{"red", "green"}, props["colors"].(map[string]any)["items"].(map[string]any)["enum"])
	assert.Equal(t, "The code, with commas, kept.", props["inner"].(map[string]any)["properties"].(map[string]any)["code"].(map[string]any)["description"])

	_, err = schema.For(42)
	assert.Error(t, err)
}

func TestDecode(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args, field, reason string
	}{
		{`{}`, "id", "is required"},
		{``, "id", "is required"},
		{`null`, "id", "is required"},
		{`[]`, "", "must be a JSON object"},
		{`{"id":"a"} {"id":"b"}`, "", "single JSON object"},
		{`{"id":`, "", "not valid JSON"},
		{`{"id":null}`, "id", "must not be null"},
		{`{"id":7}`, "id", "must be a string, not a number"},
		{`{"id":"a","bogus":1}`, "bogus", "known fields are"},
		{`{"id":"a","color":"blue"}`, "color", "must be one of red, green"},
		{`{"id":"a","colors":["red","blue"]}`, "colors[1]", "must be one of"},
		{`{"id":"a","when":"tomorrow"}`, "when", "ISO-8601"},
		{`{"id":"a","held":"yes"}`, "held", "true or false"},
		{`{"id":"a","inner":{}}`, "inner.code", "is required"},
		{`{"id":"a","inner":{"code":"x","count":1.5}}`, "inner.count", "whole number"},
		{`{"id":"a","inner":{"code":"x","count":11}}`, "inner.count", "at most 10"},
		{`{"id":"a","inner":{"code":"x","tags":{"k":1}}}`, "inner.tags.k", "must be a string"},
		{`{"id":"a","list":[{"code":"x"},{"cod":"y"}]}`, "list[1].code", "is required"},
		{`{"id":"a","list":[{"code":"x","extra":true}]}`, "list[0].extra", "not a known field"},
		{`{"id":"a","ratio":"1"}`, "ratio", "must be a number"},
		{`{"id":"a","inner":[]}`, "inner", "must be an object"},
	} {
		var in input
		err := schema.Decode([]byte(tc.args), &in)
		var ie *schema.InputError
		if assert.ErrorAs(t, err, &ie, tc.args) {
			assert.Equal(t, tc.field, ie.Field, tc.args)
			assert.Contains(t, ie.Reason, tc.reason, tc.args)
		}
	}
}

func TestDecodeValid(t *testing.T) {
	t.Parallel()
	var in input
	err := schema.Decode([]byte(`{"id":"a","when":"2026-01-31T14:00:00.123Z","color":"red","held":false,
		"inner":{"code":"x","count":3,"tags":{"k":"v"}},"list":[{"code":"y","count":null}],
		"data":{"n":1,"s":"x","o":{"deep":[1]}},"ratio":0.5,"colors":null}`), &in)
	require.NoError(t, err)
	assert.Equal(t, "a", in.ID)
	require.NotNil(t, in.Held)
	assert.False(t, *in.Held, "an explicit false is kept")
	assert.Equal(t, 3, in.Inner.Count)
	assert.Equal(t, "v", in.Inner.Tags["k"])
	assert.Equal(t, 0, in.List[0].Count, "optional null means unset")
	assert.Equal(t, 0.5, in.Ratio)
	assert.Equal(t, map[string]any{"deep": []any{float64(1)}}, in.Data["o"])
	assert.Nil(t, in.Colors)
}

func TestDecodeLimitsAndMisuse(t *testing.T) {
	t.Parallel()
	var in input
	big := `{"id":"` + strings.Repeat("x", schema.MaxArgumentBytes) + `"}`
	var ie *schema.InputError
	assert.ErrorAs(t, schema.Decode([]byte(big), &in), &ie)
	assert.Error(t, schema.Decode([]byte(`{}`), in), "non-pointer")
	assert.Error(t, schema.Decode([]byte(`{}`), (*input)(nil)), "nil pointer")
}

func TestValidate(t *testing.T) {
	t.Parallel()
	assert.NoError(t, schema.Validate(&input{ID: "a", Color: "red"}))
	var ie *schema.InputError
	require.ErrorAs(t, schema.Validate(&input{ID: "a", Color: "purple"}), &ie)
	assert.Equal(t, "color", ie.Field)
}

func TestInputErrorMessage(t *testing.T) {
	t.Parallel()
	e := &schema.InputError{Tool: "t", Field: "a.b", Reason: "is required"}
	assert.Equal(t, "invalid arguments for t: a.b: is required", e.Error())
	e = &schema.InputError{Reason: "must be a JSON object"}
	assert.Equal(t, "invalid arguments: must be a JSON object", e.Error())
}
