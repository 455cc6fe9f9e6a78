package genesystest_test

import (
	"context"
	"encoding/json"
	"fmt"

	"golang.org/x/oauth2/clientcredentials"

	"github.com/genesyskit/genesyskit/genesystest"
	"github.com/genesyskit/genesyskit/tools"
)

// Test an agent's tools against the simulator, with real OAuth.
func ExampleNewServer() {
	srv := genesystest.NewServer(genesystest.Options{Seed: 1})
	defer srv.Close()

	ctx := context.WithValue(context.Background(), oauth2HTTPClient, srv.Client())
	creds := clientcredentials.Config{ClientID: srv.ClientID, ClientSecret: srv.ClientSecret, TokenURL: srv.URL + "/oauth/token"}
	c, _ := tools.NewClient(tools.ClientOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), TokenSource: creds.TokenSource(ctx)})
	set, _ := tools.NewSet(c, tools.SetOptions{Filter: tools.Filter{}})

	// A customer calls the first queue; the tools see it.
	org := srv.Org()
	id, _ := srv.InboundCall(org.Queues[0].ID, org.ExternalContacts[0].CellPhone)
	res, err := set.Call(ctx, "genesys_conversations_get_call", json.RawMessage(`{"conversationId":"`+id+`"}`))
	if err != nil {
		panic(err)
	}
	// Answers that carry customer-written text come wrapped: the call is
	// under "data", next to a notice telling the model to treat it as data.
	var answer struct {
		Untrusted bool
		Data      struct {
			Participants []struct{ Purpose string }
		}
	}
	_ = json.Unmarshal(res.Body, &answer)
	fmt.Println(answer.Untrusted)
	for _, p := range answer.Data.Participants {
		fmt.Println(p.Purpose)
	}

	// The request log shows what the tools sent.
	fmt.Println(srv.RequestsFor("getConversationsCall")[0].Path == "/api/v2/conversations/calls/"+id)
	// Output:
	// true
	// customer
	// acd
	// true
}
