package tools

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// appendValue writes body values itself for speed; whatever it writes
// must be byte for byte what encoding/json writes, and what it declines
// must leave the buffer as it was.
func TestAppendValueMatchesEncodingJSON(t *testing.T) {
	t.Parallel()
	type leaf struct {
		Code  string   `json:"code"`
		Notes string   `json:"notes,omitempty"`
		Tags  []string `json:"tags,omitempty"`
		N     *int     `json:"n,omitempty"`
		B     bool     `json:"b"`
		Skip  string   `json:"-"`
		Dash  string   `json:"-,"`
		Plain int
		quiet string
	}
	type withMap struct {
		Attrs map[string]string `json:"attrs"`
	}
	type embedded struct {
		leaf
		X string `json:"x"`
	}
	type withString struct {
		N int `json:"n,string"`
	}
	type withTime struct {
		At time.Time `json:"at"`
	}
	type nested struct {
		Leaf   *leaf   `json:"leaf,omitempty"`
		Leaves []leaf  `json:"leaves"`
		Ptrs   []*leaf `json:"ptrs,omitempty"`
		Empty  []int   `json:"empty"`
		Float  float64 `json:"float,omitempty"`
	}
	type tree struct {
		Name string `json:"name"`
		Kids []tree `json:"kids,omitempty"`
	}
	deep := tree{Name: "leaf"}
	for range maxInlineDepth {
		deep = tree{Name: "n", Kids: []tree{deep}}
	}
	seven := 7
	for _, v := range []any{
		"plain", "needs <escaping> & \"quotes\"", "ünïcode", true, 42, -3,
		[]string{"a", "b"}, []string(nil), []string{}, []int{1, 2},
		leaf{Code: "c", Tags: []string{"x"}, N: &seven, Skip: "no", Dash: "d", Plain: 1, quiet: "q"},
		&leaf{}, leaf{Notes: "a<b"},
		nested{Leaf: &leaf{Code: "c"}, Leaves: []leaf{{Code: "1"}, {Code: "2", B: true}}, Ptrs: []*leaf{nil, {Code: "p"}}, Empty: []int{}},
		nested{}, nested{Float: 1.5},
		withMap{Attrs: map[string]string{"b": "2", "a": "1"}},
		embedded{X: "x"}, withString{N: 3}, withTime{At: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
		[]byte("bytes"), map[string]int{"a": 1}, 1.25, uint(3),
		tree{Name: "a", Kids: []tree{{Name: "b"}, {Name: "c", Kids: []tree{{Name: "d"}}}}}, deep,
	} {
		want, err := json.Marshal(v)
		require.NoError(t, err)
		b, ok := appendValue([]byte("prefix:"), reflect.ValueOf(v), 0)
		if ok {
			assert.Equal(t, "prefix:"+string(want), string(b), "%#v", v)
		} else {
			assert.Equal(t, "prefix:", string(b), "declined %#v but wrote", v)
		}
	}

	// The usual body models are written without encoding/json.
	_, ok := appendValue(nil, reflect.ValueOf(nested{Leaf: &leaf{Code: "c"}, Leaves: []leaf{{Code: "1"}}}), 0)
	assert.True(t, ok)
	// A type that contains itself is written too, down to maxInlineDepth.
	_, ok = appendValue(nil, reflect.ValueOf(tree{Name: "a", Kids: []tree{{Name: "b"}}}), 0)
	assert.True(t, ok)
	_, ok = appendValue(nil, reflect.ValueOf(deep), 0)
	assert.False(t, ok)
}
