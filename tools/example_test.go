package tools_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/genesyskit/genesyskit/tools"
)

// fakeGenesys stands in for Genesys Cloud so the examples run offline.
func fakeGenesys() *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v2/conversations/calls/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") != "c-1" {
			w.WriteHeader(http.StatusNotFound)
			_, _ = io.WriteString(w, `{"status":404,"code":"not.found","message":"Conversation not found"}`)
			return
		}
		_, _ = io.WriteString(w, `{"id":"c-1","participants":[{"id":"p-1","purpose":"customer"}]}`)
	})
	mux.HandleFunc("PATCH /api/v2/conversations/calls/{id}/participants/{pid}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
	})
	return httptest.NewServer(mux)
}

// Invoke a tool directly from Go, with typed input.
func ExampleGetCall_Invoke() {
	srv := fakeGenesys()
	defer srv.Close()

	c, err := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client()})
	if err != nil {
		panic(err)
	}
	res, err := (&tools.GetCall{ConversationID: "c-1"}).Invoke(context.Background(), c)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Status, string(res.Body))
	// Output: 200 {"id":"c-1","participants":[{"id":"p-1","purpose":"customer"}]}
}

// Call tools by name with JSON arguments, the way an agent framework does.
func ExampleSet_Call() {
	srv := fakeGenesys()
	defer srv.Close()

	c, _ := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client()})
	set, err := tools.NewSet(c, tools.SetOptions{Filter: tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetCalls, tools.ToolsetParticipants}}})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()

	// Hold the customer.
	res, err := set.Call(ctx, "genesys_conversations_patch_call_participant",
		json.RawMessage(`{"conversationId":"c-1","participantId":"p-1","held":true}`))
	fmt.Println(string(res.Body), err)

	// A model forgot a required field: nothing is sent.
	_, err = set.Call(ctx, "genesys_conversations_get_call", json.RawMessage(`{}`))
	var inputErr *tools.InputError
	fmt.Println(errors.As(err, &inputErr), inputErr.Field)

	// Genesys answered 404.
	_, err = set.Call(ctx, "genesys_get_call", json.RawMessage(`{"conversationId":"nope"}`))
	var apiErr *tools.APIError
	fmt.Println(errors.As(err, &apiErr), apiErr.Status, apiErr.Code)
	// Output:
	// {"ok":true,"status":202} <nil>
	// true conversationId
	// true 404 not.found
}

// Pick the tools an agent may use.
func ExampleSelect() {
	reads, _ := tools.Select(tools.Filter{Toolsets: []tools.Toolset{tools.ToolsetWrapup}, MaxAccess: tools.Read})
	for _, s := range reads[:3] {
		fmt.Println(s.Name, s.Access)
	}
	// Output:
	// genesys_conversations_get_call_participant_communication_wrapup read
	// genesys_conversations_get_call_participant_wrapup read
	// genesys_conversations_get_call_participant_wrapupcodes read
}
