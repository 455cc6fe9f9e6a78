package genesystest

import (
	"cmp"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
	"math"
	"net/http"
	"slices"
	"strings"
	"time"
)

// Attributes: the versioned custom attributes records of a conversation,
// its secure attributes, and the two searches over them (custom attributes
// records of the org, page by page; participant attributes of
// conversations, cursor by cursor).
//
// Custom attributes records are checked against the conversation data
// schema they name. The org has two schemas (attributeSchemas); records
// are created with one of them and keep it. A record's version starts at 1
// and grows by one with every PUT or PATCH; a request that names a version
// other than the current one fails with 409. Records may be written on
// ended conversations too, as post-call integrations do.
//
// Secure attribute values are sensitive: no answer or error message of the
// simulator ever repeats one.

func attributeRoutes() []route {
	const base = "/api/v2/conversations/{conversationId}"
	return []route{
		{op: "getConversationCustomattributes", pattern: "GET " + base + "/customattributes", h: listCustomAttributes},
		{op: "putConversationCustomattributes", pattern: "PUT " + base + "/customattributes", h: putCustomAttributes},
		{op: "patchConversationCustomattributes", pattern: "PATCH " + base + "/customattributes", h: patchCustomAttributes},
		{op: "getConversationCustomattribute", pattern: "GET " + base + "/customattributes/{attributesId}", h: getCustomAttribute},
		{op: "deleteConversationCustomattribute", pattern: "DELETE " + base + "/customattributes/{attributesId}", h: deleteCustomAttribute},
		{op: "getConversationSecureattributes", pattern: "GET " + base + "/secureattributes", h: getSecureAttributes},
		{op: "putConversationSecureattributes", pattern: "PUT " + base + "/secureattributes", h: putSecureAttributes},
		{op: "patchConversationSecureattributes", pattern: "PATCH " + base + "/secureattributes", h: patchSecureAttributes},
		{op: "postConversationsCustomattributesSearch", pattern: "POST /api/v2/conversations/customattributes/search", h: searchCustomAttributes},
		{op: "postConversationsParticipantsAttributesSearch", pattern: "POST /api/v2/conversations/participants/attributes/search", h: searchParticipantAttributes},
	}
}

// ---- schemas and seed ------------------------------------------------

// attributeSchema is a conversation data schema: the attributes a custom
// attributes record may hold and their JSON types.
type attributeSchema struct {
	ID         string
	Name       string
	Version    int
	Properties map[string]string // attribute name → string, integer, number or boolean
}

// attributeSchemas are the demo org's conversation data schemas. Their ids
// are fixed: schemas are org configuration, not per-run data.
var attributeSchemas = []attributeSchema{
	{ID: "6f1c2a7e-3b4d-4e5f-9a01-0c2d3e4f5a61", Name: "Order context", Version: 2, Properties: map[string]string{
		"orderId": "string", "items": "integer", "orderTotal": "number", "vip": "boolean", "channel": "string",
	}},
	{ID: "8a2d4c6e-1f3b-4a5c-8e7d-9b0a1c2d3e72", Name: "Post-contact survey", Version: 1, Properties: map[string]string{
		"npsScore": "integer", "comment": "string", "surveyed": "boolean",
	}},
}

// attributeSchemasCreated is when the org's schemas were defined.
var attributeSchemasCreated = time.Date(2025, 6, 10, 8, 0, 0, 0, time.UTC)

func findAttributeSchema(id string) *attributeSchema {
	for i := range attributeSchemas {
		if attributeSchemas[i].ID == id {
			return &attributeSchemas[i]
		}
	}
	return nil
}

// seedAttributes gives most conversations an order-context record, every
// third a survey record once it has ended, and live calls a few secure
// attributes (a payment token and card digits, as a secure IVR flow leaves
// them). Values derive from the conversation, not the random generator, so
// seeding them shifts no other ids.
func (st *state) seedAttributes(c *Conversation, i int) {
	home := st.org.Divisions[0].ID
	n := i + len(c.Participants) + int(c.StartTime.Unix()/60%97)
	if c.MediaType != "email" {
		created := c.StartTime.Add(40 * time.Second)
		r := &CustomAttributes{
			ID: "order-context", SchemaID: attributeSchemas[0].ID, Version: 1, DivisionIDs: []string{home},
			Attributes: map[string]any{
				"orderId": fmt.Sprintf("A-%05d", 10000+n*37%90000), "items": float64(1 + n%4),
				"orderTotal": float64(1999+n*250%20000) / 100, "vip": n%5 == 0, "channel": c.MediaType,
			},
			DateCreated: created, DateModified: created,
		}
		if c.Historical {
			r.Version, r.DateModified = 2, created.Add(90*time.Second)
		}
		c.CustomAttributes = append(c.CustomAttributes, r)
	}
	if c.Historical && i%3 == 0 {
		at := c.StartTime.Add(20 * time.Minute)
		if c.EndTime != nil {
			at = c.EndTime.Add(5 * time.Minute)
		}
		c.CustomAttributes = append(c.CustomAttributes, &CustomAttributes{
			ID: "survey", SchemaID: attributeSchemas[1].ID, Version: 1, DivisionIDs: []string{},
			Attributes:  map[string]any{"npsScore": float64(n % 11), "comment": []string{"Quick and friendly.", "Took too long to reach someone.", "Issue solved, thanks."}[n%3], "surveyed": true},
			DateCreated: at, DateModified: at,
		})
	}
	if !c.Historical && c.MediaType == "call" {
		c.SecureAttributes = map[string]string{
			"paymentToken": fmt.Sprintf("ptok_%08x", uint32(n*2654435761)),
			"cardLast4":    fmt.Sprintf("%04d", 1000+n*7%9000),
		}
		c.SecureAttributesVer = 1
	}
}

// ---- custom attributes records --------------------------------------

type dataSchemaOut struct {
	ID          string         `json:"id"`
	Version     int            `json:"version,omitempty"`
	Enabled     *bool          `json:"enabled,omitempty"`
	JSONSchema  *jsonSchemaOut `json:"jsonSchema,omitempty"`
	CreatedBy   *entityRef     `json:"createdBy,omitempty"`
	DateCreated string         `json:"dateCreated,omitempty"`
}

type jsonSchemaOut struct {
	Schema     string         `json:"$schema"`
	Properties map[string]any `json:"properties"`
	Required   []string       `json:"required"`
}

// customAttributesOut is the CustomAttributes model.
type customAttributesOut struct {
	ID               string         `json:"id"`
	ConversationID   string         `json:"conversationId"`
	Divisions        []string       `json:"divisions"`
	Schema           *dataSchemaOut `json:"schema,omitempty"`
	CustomAttributes map[string]any `json:"customAttributes"`
	Version          int            `json:"version"`
	DateCreated      string         `json:"dateCreated"`
	DateModified     string         `json:"dateModified"`
	SelfURI          string         `json:"selfUri"`
}

// renderSchema renders a schema reference; full adds its definition, as
// the search's expand=schema asks.
func (st *state) renderSchema(id string, full bool) *dataSchemaOut {
	if id == "" {
		return nil
	}
	out := &dataSchemaOut{ID: id}
	s := findAttributeSchema(id)
	if s == nil {
		return out
	}
	out.Version, out.Enabled = s.Version, ptr(true)
	if full {
		props := map[string]any{}
		for k, t := range s.Properties {
			props[k] = map[string]any{"type": t}
		}
		out.JSONSchema = &jsonSchemaOut{Schema: "http://json-schema.org/draft-04/schema#", Properties: props, Required: []string{}}
		out.DateCreated = isoTime(attributeSchemasCreated)
		out.CreatedBy = st.userRef(st.orgAdmin())
	}
	return out
}

func (st *state) renderCustomAttributes(c *Conversation, r *CustomAttributes, fullSchema bool) customAttributesOut {
	out := customAttributesOut{
		ID: r.ID, ConversationID: c.ID, Divisions: append([]string{}, r.DivisionIDs...),
		Schema: st.renderSchema(r.SchemaID, fullSchema), CustomAttributes: map[string]any{},
		Version: r.Version, DateCreated: isoTime(r.DateCreated), DateModified: isoTime(r.DateModified),
		SelfURI: selfURI("/api/v2/conversations/%s/customattributes/%s", c.ID, r.ID),
	}
	maps.Copy(out.CustomAttributes, r.Attributes)
	return out
}

func customRecord(c *Conversation, id string) (int, *CustomAttributes) {
	for i, r := range c.CustomAttributes {
		if r.ID == id {
			return i, r
		}
	}
	return -1, nil
}

func listCustomAttributes(c *call) (int, any, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	out := struct {
		Results []customAttributesOut `json:"results"`
	}{Results: []customAttributesOut{}}
	for _, r := range conv.CustomAttributes {
		out.Results = append(out.Results, c.st.renderCustomAttributes(conv, r, false))
	}
	return http.StatusOK, out, nil
}

// pathRecord resolves the conversation and the custom attributes record
// (and its index) named by the path.
func (c *call) pathRecord() (*Conversation, int, *CustomAttributes, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return nil, 0, nil, err
	}
	i, r := customRecord(conv, c.path("attributesId"))
	if r == nil {
		return nil, 0, nil, notFound("custom attributes record", c.path("attributesId"))
	}
	return conv, i, r, nil
}

func getCustomAttribute(c *call) (int, any, error) {
	conv, _, r, err := c.pathRecord()
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, c.st.renderCustomAttributes(conv, r, false), nil
}

func deleteCustomAttribute(c *call) (int, any, error) {
	conv, i, _, err := c.pathRecord()
	if err != nil {
		return 0, nil, err
	}
	conv.CustomAttributes = slices.Delete(conv.CustomAttributes, i, i+1)
	return http.StatusOK, nil, nil
}

// customAttributesInput is CustomAttributesUpdateRequest (PUT) and, without
// schemaId, CustomAttributesPatchRequest (PATCH).
type customAttributesInput struct {
	ID               string          `json:"id"`
	Divisions        []string        `json:"divisions"`
	SchemaID         *string         `json:"schemaId"`
	Version          *int            `json:"version"`
	CustomAttributes *map[string]any `json:"customAttributes"`
}

// maxRecordID is the longest custom attributes record id accepted.
const maxRecordID = 255

func (c *call) decodeCustomAttributes(allowSchema bool) (*customAttributesInput, error) {
	var body customAttributesInput
	if allowSchema {
		if err := c.decode(&body); err != nil {
			return nil, err
		}
	} else {
		var patch struct {
			ID               string          `json:"id"`
			Divisions        []string        `json:"divisions"`
			Version          *int            `json:"version"`
			CustomAttributes *map[string]any `json:"customAttributes"`
		}
		if err := c.decode(&patch); err != nil {
			return nil, err
		}
		body = customAttributesInput{ID: patch.ID, Divisions: patch.Divisions, Version: patch.Version, CustomAttributes: patch.CustomAttributes}
	}
	switch {
	case strings.TrimSpace(body.ID) == "":
		return nil, badRequest("id", "id is required: the id of the custom attributes record.")
	case len(body.ID) > maxRecordID:
		return nil, badRequest("id", "id may hold at most %d characters.", maxRecordID)
	case body.CustomAttributes == nil || *body.CustomAttributes == nil:
		return nil, badRequest("customAttributes", "customAttributes is required.")
	case body.Version != nil && *body.Version < 0:
		return nil, badRequest("version", "version must not be negative.")
	}
	return &body, nil
}

// checkDivisions validates the division ids of a record.
func (st *state) checkDivisions(ids []string) error {
	for i, id := range ids {
		if !slices.ContainsFunc(st.org.Divisions, func(e Entity) bool { return e.ID == id }) {
			return badRequest("divisions", "divisions[%d] %q is not a division of the organization.", i, id)
		}
	}
	return nil
}

// checkAgainstSchema validates attribute values against a schema. Null
// values are skipped: the callers drop them (PUT) or delete the key (PATCH).
func checkAgainstSchema(s *attributeSchema, attrs map[string]any) error {
	for _, k := range slices.Sorted(maps.Keys(attrs)) {
		v := attrs[k]
		if v == nil {
			continue
		}
		want, ok := s.Properties[k]
		field := "customAttributes." + k
		if !ok {
			return badRequest(field, "Attribute %s is not defined by schema %s (%s).", k, s.ID, s.Name)
		}
		okType := false
		switch want {
		case "string":
			_, okType = v.(string)
		case "boolean":
			_, okType = v.(bool)
		case "number":
			_, okType = v.(float64)
		case "integer":
			f, isNum := v.(float64)
			okType = isNum && f == math.Trunc(f) && math.Abs(f) < 1<<53
		}
		if !okType {
			return badRequest(field, "Attribute %s must be of type %s, as schema %s defines it.", k, want, s.Name)
		}
	}
	return nil
}

func checkVersion(r *CustomAttributes, id string, version *int) error {
	if version == nil || *version == 0 {
		return nil
	}
	if r == nil {
		return conflict("Custom attributes record %s does not exist, so version %d cannot be current.", id, *version)
	}
	if *version != r.Version {
		return conflict("Custom attributes record %s is at version %d, not %d; read it again and retry.", id, r.Version, *version)
	}
	return nil
}

// customTarget decodes a custom attributes write (PUT when allowSchema)
// and resolves its conversation and the record it names (nil if there is
// none yet).
func (c *call) customTarget(allowSchema bool) (*customAttributesInput, *Conversation, *CustomAttributes, error) {
	body, err := c.decodeCustomAttributes(allowSchema)
	if err != nil {
		return nil, nil, nil, err
	}
	conv, aerr := c.st.conversation(c.path("conversationId"), "")
	if aerr != nil {
		return nil, nil, nil, aerr
	}
	_, r := customRecord(conv, body.ID)
	return body, conv, r, nil
}

// store records a write of a custom attributes record: its new values and
// divisions, one version more.
func (r *CustomAttributes) store(attrs map[string]any, divisions []string, now time.Time) {
	r.Attributes = attrs
	r.DivisionIDs = append([]string{}, divisions...)
	r.Version++
	r.DateModified = now
}

// putCustomAttributes creates a record or replaces all its values.
func putCustomAttributes(c *call) (int, any, error) {
	body, conv, r, err := c.customTarget(true)
	if err != nil {
		return 0, nil, err
	}
	if err := checkVersion(r, body.ID, body.Version); err != nil {
		return 0, nil, err
	}
	schemaID := ""
	if body.SchemaID != nil {
		schemaID = *body.SchemaID
	}
	switch {
	case r == nil && schemaID == "":
		return 0, nil, badRequest("schemaId", "schemaId is required to create custom attributes record %s.", body.ID)
	case r != nil && schemaID != "" && schemaID != r.SchemaID:
		return 0, nil, badRequest("schemaId", "The schema of custom attributes record %s cannot be changed (it is %s).", body.ID, r.SchemaID)
	case r != nil:
		schemaID = r.SchemaID
	}
	s := findAttributeSchema(schemaID)
	if s == nil {
		return 0, nil, badRequest("schemaId", "schemaId %q is not a conversation data schema of the organization.", schemaID)
	}
	attrs := map[string]any{}
	for k, v := range *body.CustomAttributes {
		if v != nil {
			attrs[k] = v
		}
	}
	if err := checkAgainstSchema(s, attrs); err != nil {
		return 0, nil, err
	}
	if err := c.st.checkDivisions(body.Divisions); err != nil {
		return 0, nil, err
	}
	if r == nil {
		r = &CustomAttributes{ID: body.ID, SchemaID: schemaID, DateCreated: c.now}
		conv.CustomAttributes = append(conv.CustomAttributes, r)
	}
	r.store(attrs, body.Divisions, c.now)
	return http.StatusOK, struct {
		ID string `json:"id"`
	}{r.ID}, nil
}

// patchCustomAttributes merges values into an existing record; a null
// value removes that attribute.
func patchCustomAttributes(c *call) (int, any, error) {
	body, _, r, err := c.customTarget(false)
	if err != nil {
		return 0, nil, err
	}
	if r == nil {
		return 0, nil, notFound("custom attributes record", body.ID)
	}
	if err := checkVersion(r, body.ID, body.Version); err != nil {
		return 0, nil, err
	}
	s := findAttributeSchema(r.SchemaID)
	if s == nil {
		return 0, nil, badRequest("id", "The schema of custom attributes record %s no longer exists.", r.ID)
	}
	if err := checkAgainstSchema(s, *body.CustomAttributes); err != nil {
		return 0, nil, err
	}
	if err := c.st.checkDivisions(body.Divisions); err != nil {
		return 0, nil, err
	}
	merged := maps.Clone(r.Attributes)
	if merged == nil {
		merged = map[string]any{}
	}
	for k, v := range *body.CustomAttributes {
		if v == nil {
			delete(merged, k)
		} else {
			merged[k] = v
		}
	}
	r.store(merged, body.Divisions, c.now)
	return http.StatusOK, nil, nil
}

// ---- secure attributes ------------------------------------------------

type secureAttributesOut struct {
	Attributes map[string]string `json:"attributes"`
	Version    int               `json:"version"`
}

func getSecureAttributes(c *call) (int, any, error) {
	conv, err := c.st.conversation(c.path("conversationId"), "")
	if err != nil {
		return 0, nil, err
	}
	out := secureAttributesOut{Attributes: map[string]string{}, Version: conv.SecureAttributesVer}
	maps.Copy(out.Attributes, conv.SecureAttributes)
	return http.StatusOK, out, nil
}

type secureAttributesInput struct {
	Attributes map[string]string `json:"attributes"`
	Version    *int              `json:"version"`
}

// Limits on secure attributes.
const (
	maxSecureAttributes  = 50
	maxSecureKeyLength   = 100
	maxSecureValueLength = 2000
)

// decodeSecure reads a secure attributes body. Its errors never repeat any
// part of the body: they name the field only.
func (c *call) decodeSecure() (*secureAttributesInput, error) {
	var body secureAttributesInput
	if err := c.decode(&body); err != nil {
		field := "body"
		var ae *apiError
		if errors.As(err, &ae) && len(ae.Details) > 0 && ae.Details[0].FieldName != "" {
			field = ae.Details[0].FieldName
		}
		switch field {
		case "body":
			return nil, badRequest("body", "The request body is not a valid ConversationSecureAttributes object.")
		case "attributes":
			return nil, badRequest("attributes", "attributes must map names to string values.")
		case "version":
			return nil, badRequest("version", "version must be an integer.")
		}
		return nil, badRequest(field, "Unrecognized field %s.", field)
	}
	if body.Version != nil && *body.Version < 0 {
		return nil, badRequest("version", "version must not be negative.")
	}
	for k, v := range body.Attributes {
		switch {
		case strings.TrimSpace(k) == "":
			return nil, badRequest("attributes", "Secure attribute names must not be empty.")
		case len(k) > maxSecureKeyLength:
			return nil, badRequest("attributes", "Secure attribute names may hold at most %d characters.", maxSecureKeyLength)
		case len(v) > maxSecureValueLength:
			return nil, badRequest("attributes", "The value of secure attribute %s is longer than %d characters.", k, maxSecureValueLength)
		}
	}
	return &body, nil
}

// secureTarget decodes a secure attributes write and resolves its
// conversation.
func (c *call) secureTarget() (*secureAttributesInput, *Conversation, error) {
	body, err := c.decodeSecure()
	if err != nil {
		return nil, nil, err
	}
	conv, aerr := c.st.conversation(c.path("conversationId"), "")
	if aerr != nil {
		return nil, nil, aerr
	}
	return body, conv, nil
}

func checkSecureCount(n int) error {
	if n > maxSecureAttributes {
		return badRequest("attributes", "A conversation may hold at most %d secure attributes; this would leave %d.", maxSecureAttributes, n)
	}
	return nil
}

// putSecureAttributes replaces every secure attribute. A version (other
// than 0, which means unchecked) that is not the current one is a conflict.
func putSecureAttributes(c *call) (int, any, error) {
	body, conv, err := c.secureTarget()
	if err != nil {
		return 0, nil, err
	}
	if body.Version != nil && *body.Version != 0 && *body.Version != conv.SecureAttributesVer {
		return 0, nil, conflict("The secure attributes of conversation %s are at version %d, not %d; read them again and retry.", conv.ID, conv.SecureAttributesVer, *body.Version)
	}
	if err := checkSecureCount(len(body.Attributes)); err != nil {
		return 0, nil, err
	}
	conv.SecureAttributes = maps.Clone(body.Attributes)
	if conv.SecureAttributes == nil {
		conv.SecureAttributes = map[string]string{}
	}
	conv.SecureAttributesVer++
	return http.StatusOK, fmt.Sprintf("Secure attributes of conversation %s set (%d attributes, version %d).", conv.ID, len(conv.SecureAttributes), conv.SecureAttributesVer), nil
}

// patchSecureAttributes adds or changes some secure attributes; version is
// not checked.
func patchSecureAttributes(c *call) (int, any, error) {
	body, conv, err := c.secureTarget()
	if err != nil {
		return 0, nil, err
	}
	if len(body.Attributes) == 0 {
		return 0, nil, badRequest("attributes", "attributes must name at least one secure attribute to change.")
	}
	merged := maps.Clone(conv.SecureAttributes)
	if merged == nil {
		merged = map[string]string{}
	}
	maps.Copy(merged, body.Attributes)
	if err := checkSecureCount(len(merged)); err != nil {
		return 0, nil, err
	}
	conv.SecureAttributes = merged
	conv.SecureAttributesVer++
	return http.StatusOK, fmt.Sprintf("Secure attributes of conversation %s updated (%d changed, version %d).", conv.ID, len(body.Attributes), conv.SecureAttributesVer), nil
}

// ---- searches ---------------------------------------------------------

// searchSort is the SearchSort model.
type searchSort struct {
	SortOrder string `json:"sortOrder"`
	SortBy    string `json:"sortBy"`
}

// sortKeys merges sortBy/sortOrder and sort into one list of keys,
// checking each field against the allowed ones; a key without a field sorts
// by the first allowed one.
func sortKeys(sortBy, sortOrder string, sorts []searchSort, allowed []string) ([]searchSort, error) {
	type key struct {
		searchSort
		path string
	}
	var keys []key
	switch sortOrder {
	case "", "ASC", "DESC", "SCORE":
	default:
		return nil, badRequest("sortOrder", "sortOrder must be ASC, DESC or SCORE.")
	}
	if sortBy != "" || (sortOrder != "" && len(sorts) == 0) {
		keys = append(keys, key{searchSort{SortBy: sortBy, SortOrder: sortOrder}, ""})
	}
	for i, s := range sorts {
		keys = append(keys, key{s, fmt.Sprintf("sort[%d].", i)})
	}
	out := make([]searchSort, 0, len(keys))
	for _, k := range keys {
		switch k.SortOrder {
		case "", "ASC", "DESC", "SCORE":
		default:
			return nil, badRequest(k.path+"sortOrder", "%ssortOrder must be ASC, DESC or SCORE.", k.path)
		}
		if k.SortBy == "" {
			k.SortBy = allowed[0]
		} else if !slices.Contains(allowed, k.SortBy) {
			return nil, badRequest(k.path+"sortBy", "Results cannot be sorted by %q; use one of %s.", k.SortBy, strings.Join(allowed, ", "))
		}
		out = append(out, k.searchSort)
	}
	return out, nil
}

// sortBy orders items by keys; value gives an item's value for a field.
// SCORE (relevance) keeps the default order, as every hit scores alike.
func sortBy[T any](items []T, keys []searchSort, value func(T, string) string) {
	slices.SortStableFunc(items, func(a, b T) int {
		for _, k := range keys {
			if k.SortOrder == "SCORE" {
				continue
			}
			c := strings.Compare(value(a, k.SortBy), value(b, k.SortBy))
			if k.SortOrder == "DESC" {
				c = -c
			}
			if c != 0 {
				return c
			}
		}
		return 0
	})
}

var customSearchSortFields = []string{"dateCreated", "dateModified", "id", "conversationId", "version"}

type customSearchHit struct {
	conv *Conversation
	rec  *CustomAttributes
}

func (h customSearchHit) field(name string) string {
	switch name {
	case "dateModified":
		return isoTime(h.rec.DateModified)
	case "id":
		return h.rec.ID
	case "conversationId":
		return h.conv.ID
	case "version":
		return fmt.Sprintf("%010d", h.rec.Version)
	}
	return isoTime(h.rec.DateCreated)
}

// searchCustomAttributes pages through every custom attributes record of
// the org (JsonSearchResponse; results is the array of records).
func searchCustomAttributes(c *call) (int, any, error) {
	var body struct {
		Expand     []string     `json:"expand"`
		PageSize   *int         `json:"pageSize"`
		PageNumber *int         `json:"pageNumber"`
		Sort       []searchSort `json:"sort"`
		SortBy     string       `json:"sortBy"`
		SortOrder  string       `json:"sortOrder"`
	}
	if err := c.decode(&body); err != nil {
		return 0, nil, err
	}
	pageSize, pageNumber := 25, 1
	if body.PageSize != nil {
		if *body.PageSize < 1 || *body.PageSize > 100 {
			return 0, nil, badRequest("pageSize", "pageSize must be between 1 and 100.")
		}
		pageSize = *body.PageSize
	}
	if body.PageNumber != nil {
		if *body.PageNumber < 1 {
			return 0, nil, badRequest("pageNumber", "pageNumber must be 1 or more.")
		}
		pageNumber = *body.PageNumber
	}
	fullSchema := false
	for i, e := range body.Expand {
		if e != "schema" {
			return 0, nil, badRequest("expand", "expand[%d] %q cannot be expanded; the only expansion is schema.", i, e)
		}
		fullSchema = true
	}
	keys, err := sortKeys(body.SortBy, body.SortOrder, body.Sort, customSearchSortFields)
	if err != nil {
		return 0, nil, err
	}
	var hits []customSearchHit
	for _, id := range c.st.order {
		conv := c.st.convs[id]
		for _, r := range conv.CustomAttributes {
			hits = append(hits, customSearchHit{conv, r})
		}
	}
	sortBy(hits, keys, customSearchHit.field)
	total := len(hits)
	results := []customAttributesOut{}
	if start := (pageNumber - 1) * pageSize; start < total {
		for _, h := range hits[start:min(start+pageSize, total)] {
			results = append(results, c.st.renderCustomAttributes(h.conv, h.rec, fullSchema))
		}
	}
	return http.StatusOK, struct {
		Total      int                   `json:"total"`
		PageCount  int                   `json:"pageCount"`
		PageSize   int                   `json:"pageSize"`
		PageNumber int                   `json:"pageNumber"`
		Types      []string              `json:"types"`
		Results    []customAttributesOut `json:"results"`
	}{total, (total + pageSize - 1) / pageSize, pageSize, pageNumber, []string{"customattributes"}, results}, nil
}

// participantSearchPageSize is how many conversations one page of the
// participant attributes search holds.
const participantSearchPageSize = 25

// participantCriterion is ConversationParticipantSearchCriteria. A group's
// conditions have the same shape; the API model is recursive, and the
// simulator evaluates groups at any depth.
type participantCriterion struct {
	EndValue   string                 `json:"endValue"`
	Values     []string               `json:"values"`
	StartValue string                 `json:"startValue"`
	Value      *string                `json:"value"`
	Operator   string                 `json:"operator"`
	Group      []participantCriterion `json:"group"`
	DateFormat string                 `json:"dateFormat"`
	Type       string                 `json:"type"`
	Fields     []string               `json:"fields"`

	start, end *time.Time // parsed DATE_RANGE bounds
}

type participantSearchRequest struct {
	SortOrder    string                 `json:"sortOrder"`
	SortBy       string                 `json:"sortBy"`
	Sort         []searchSort           `json:"sort"`
	ReturnFields []string               `json:"returnFields"`
	Query        []participantCriterion `json:"query"`
	Cursor       string                 `json:"cursor"`
}

var (
	participantSearchDateFields  = []string{"startTime", "endTime"}
	participantSearchExactFields = []string{"conversationId", "divisionId", "mediaType", "participantId", "participantPurpose", "userId", "queueId"}
	participantSearchSortFields  = []string{"startTime", "endTime", "conversationId"}
	participantSearchReturn      = []string{"conversationId", "startTime", "endTime", "divisionIds", "participantData"}
)

// attributeFieldPrefix names a participant attribute in a search field,
// such as participantAttributes.tier.
const attributeFieldPrefix = "participantAttributes."

// validate checks a criterion (path is its place in the request, for
// error details) and parses its dates.
func (q *participantCriterion) validate(path string) error {
	switch q.Operator {
	case "", "AND", "OR", "NOT":
	default:
		return badRequest(path+".operator", "%s.operator must be AND, OR or NOT.", path)
	}
	switch q.Type {
	case "EXACT", "DATE_RANGE":
	case "":
		return badRequest(path+".type", "%s.type is required: EXACT or DATE_RANGE.", path)
	default:
		return badRequest(path+".type", "%s.type must be EXACT or DATE_RANGE.", path)
	}
	if len(q.Group) > 0 {
		for i := range q.Group {
			if err := q.Group[i].validate(fmt.Sprintf("%s.group[%d]", path, i)); err != nil {
				return err
			}
		}
		return nil
	}
	if len(q.Fields) == 0 {
		return badRequest(path+".fields", "%s.fields must name at least one field.", path)
	}
	for _, f := range q.Fields {
		date := slices.Contains(participantSearchDateFields, f)
		exact := slices.Contains(participantSearchExactFields, f) || (strings.HasPrefix(f, attributeFieldPrefix) && len(f) > len(attributeFieldPrefix))
		switch {
		case !date && !exact:
			return badRequest(path+".fields", "%q is not a searchable field; use %s, %s or %s<name>.", f,
				strings.Join(participantSearchDateFields, ", "), strings.Join(participantSearchExactFields, ", "), attributeFieldPrefix)
		case q.Type == "DATE_RANGE" && !date:
			return badRequest(path+".fields", "DATE_RANGE applies to %s only, not %s.", strings.Join(participantSearchDateFields, " and "), f)
		}
	}
	if q.Type == "EXACT" {
		if q.Value == nil && len(q.Values) == 0 {
			return badRequest(path+".value", "%s needs value or values for an EXACT match.", path)
		}
		return nil
	}
	if q.StartValue == "" && q.EndValue == "" {
		return badRequest(path+".startValue", "%s needs startValue, endValue or both for a DATE_RANGE.", path)
	}
	layouts := []string{time.RFC3339Nano}
	if q.DateFormat != "" {
		l, err := javaDateLayout(q.DateFormat)
		if err != nil {
			return badRequest(path+".dateFormat", "%s.dateFormat: %v", path, err)
		}
		layouts = []string{l}
	}
	parse := func(name, v string) (*time.Time, error) {
		if v == "" {
			return nil, nil
		}
		for _, l := range layouts {
			if t, err := time.Parse(l, v); err == nil {
				return &t, nil
			}
		}
		return nil, badRequest(path+"."+name, "%s.%s %q does not match the date format %s.", path, name, v, cmp.Or(q.DateFormat, "yyyy-MM-dd'T'HH:mm:ss.SSSX"))
	}
	var err error
	if q.start, err = parse("startValue", q.StartValue); err != nil {
		return err
	}
	if q.end, err = parse("endValue", q.EndValue); err != nil {
		return err
	}
	if q.start != nil && q.end != nil && q.end.Before(*q.start) {
		return badRequest(path+".endValue", "%s.endValue is before its startValue.", path)
	}
	return nil
}

// javaDateLayout turns a Java date pattern into a Go time layout.
func javaDateLayout(p string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(p); {
		ch := p[i]
		if ch == '\'' {
			j := strings.IndexByte(p[i+1:], '\'')
			if j < 0 {
				return "", errors.New("unterminated quoted text")
			}
			if j == 0 {
				b.WriteByte('\'') // '' is a literal quote
			} else {
				b.WriteString(p[i+1 : i+1+j])
			}
			i += j + 2
			continue
		}
		n := 1
		for i+n < len(p) && p[i+n] == ch {
			n++
		}
		tok := p[i : i+n]
		i += n
		if !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
			b.WriteString(tok)
			continue
		}
		layout, ok := map[string]string{
			"yyyy": "2006", "yy": "06", "MMMM": "January", "MMM": "Jan", "MM": "01", "M": "1", "dd": "02", "d": "2", "HH": "15",
			"hh": "03", "a": "PM", "mm": "04", "ss": "05", "SSS": "000", "S": "0", "SS": "00",
			"X": "Z07", "XX": "Z0700", "XXX": "Z07:00", "Z": "-0700", "ZZ": "-0700", "ZZZ": "-0700", "z": "MST", "EEE": "Mon", "EEEE": "Monday",
		}[tok]
		if !ok {
			return "", fmt.Errorf("the pattern letters %q are not supported", tok)
		}
		if strings.HasPrefix(tok, "S") {
			// Go writes fractional seconds after a separator in the layout.
			s := b.String()
			if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ",") {
				return "", errors.New("fractions of a second (S) must follow a '.' or ','")
			}
		}
		b.WriteString(layout)
	}
	return b.String(), nil
}

// values returns a conversation's values for an EXACT field.
func conversationFieldValues(conv *Conversation, field string) []string {
	var out []string
	each := func(f func(*Participant) string) {
		for _, p := range conv.Participants {
			if v := f(p); v != "" {
				out = append(out, v)
			}
		}
	}
	switch {
	case field == "conversationId":
		out = []string{conv.ID}
	case field == "divisionId":
		out = conv.DivisionIDs
	case field == "mediaType":
		out = []string{conv.MediaType}
	case field == "participantId":
		each(func(p *Participant) string { return p.ID })
	case field == "participantPurpose":
		each(func(p *Participant) string { return p.Purpose })
	case field == "userId":
		each(func(p *Participant) string { return p.UserID })
	case field == "queueId":
		each(func(p *Participant) string { return p.QueueID })
	case field == "startTime":
		out = []string{isoTime(conv.StartTime)}
	case field == "endTime":
		if conv.EndTime != nil {
			out = []string{isoTime(*conv.EndTime)}
		}
	case strings.HasPrefix(field, attributeFieldPrefix):
		key := strings.TrimPrefix(field, attributeFieldPrefix)
		each(func(p *Participant) string { return p.Attributes[key] })
	}
	return out
}

// matches evaluates one criterion against a conversation.
func (q *participantCriterion) matches(conv *Conversation) bool {
	if len(q.Group) > 0 {
		return matchAll(q.Group, conv)
	}
	for _, f := range q.Fields {
		if q.Type == "DATE_RANGE" {
			t := &conv.StartTime
			if f == "endTime" {
				t = conv.EndTime
			}
			if t != nil && (q.start == nil || !t.Before(*q.start)) && (q.end == nil || !t.After(*q.end)) {
				return true
			}
			continue
		}
		want := q.Values
		if q.Value != nil {
			want = append([]string{*q.Value}, want...)
		}
		for _, v := range conversationFieldValues(conv, f) {
			if slices.Contains(want, v) {
				return true
			}
		}
	}
	return false
}

// matchAll combines criteria the way the search API does: every AND
// criterion must match, no NOT criterion may match, and when there are OR
// criteria at least one of them must match.
func matchAll(qs []participantCriterion, conv *Conversation) bool {
	anyOr, orHit := false, false
	for i := range qs {
		q := &qs[i]
		switch q.Operator {
		case "NOT":
			if q.matches(conv) {
				return false
			}
		case "OR":
			anyOr = true
			if !orHit && q.matches(conv) {
				orHit = true
			}
		default:
			if !q.matches(conv) {
				return false
			}
		}
	}
	return !anyOr || orHit
}

type participantDataOut struct {
	ParticipantID         string            `json:"participantId"`
	ParticipantPurpose    string            `json:"participantPurpose"`
	ParticipantAttributes map[string]string `json:"participantAttributes"`
}

// participantSearchCursor is the content of the opaque paging cursor: the
// offset of the next page and a fingerprint of the query it belongs to.
type participantSearchCursor struct {
	Offset int    `json:"o"`
	Query  uint64 `json:"q"`
}

func queryFingerprint(req participantSearchRequest) uint64 {
	req.Cursor = ""
	b, _ := json.Marshal(req)
	h := fnv.New64a()
	_, _ = h.Write(b)
	return h.Sum64()
}

// searchParticipantAttributes finds conversations matching the query and
// returns, for each, the attributes of its participants
// (JsonCursorSearchResponse; results is the array of conversations, cursor
// is present while more pages follow).
func searchParticipantAttributes(c *call) (int, any, error) {
	var req participantSearchRequest
	if err := c.decode(&req); err != nil {
		return 0, nil, err
	}
	for i := range req.Query {
		if err := req.Query[i].validate(fmt.Sprintf("query[%d]", i)); err != nil {
			return 0, nil, err
		}
	}
	keys, err := sortKeys(req.SortBy, req.SortOrder, req.Sort, participantSearchSortFields)
	if err != nil {
		return 0, nil, err
	}
	for i, f := range req.ReturnFields {
		if !slices.Contains(participantSearchReturn, f) {
			return 0, nil, badRequest("returnFields", "returnFields[%d] %q is not a result field; use %s.", i, f, strings.Join(participantSearchReturn, ", "))
		}
	}
	fingerprint := queryFingerprint(req)
	offset := 0
	if req.Cursor != "" {
		raw, derr := base64.RawURLEncoding.DecodeString(req.Cursor)
		var cur participantSearchCursor
		if derr != nil || json.Unmarshal(raw, &cur) != nil || cur.Offset < 0 {
			return 0, nil, badRequest("cursor", "cursor is not a cursor this search returned.")
		}
		if cur.Query != fingerprint {
			return 0, nil, badRequest("cursor", "cursor belongs to a different search; send the same query, sort and returnFields with it.")
		}
		offset = cur.Offset
	}

	var hits []*Conversation
	for _, id := range c.st.order {
		if conv := c.st.convs[id]; matchAll(req.Query, conv) {
			hits = append(hits, conv)
		}
	}
	sortBy(hits, keys, func(conv *Conversation, f string) string {
		if f == "endTime" {
			return isoPtr(conv.EndTime)
		}
		if f == "conversationId" {
			return conv.ID
		}
		return isoTime(conv.StartTime)
	})

	want := func(f string) bool { return len(req.ReturnFields) == 0 || slices.Contains(req.ReturnFields, f) }
	results := []map[string]any{}
	end := min(offset+participantSearchPageSize, len(hits))
	for _, conv := range hits[min(offset, len(hits)):end] {
		r := map[string]any{}
		if want("conversationId") {
			r["conversationId"] = conv.ID
		}
		if want("startTime") {
			r["startTime"] = isoTime(conv.StartTime)
		}
		if want("endTime") && conv.EndTime != nil {
			r["endTime"] = isoTime(*conv.EndTime)
		}
		if want("divisionIds") {
			r["divisionIds"] = append([]string{}, conv.DivisionIDs...)
		}
		if want("participantData") {
			data := []participantDataOut{}
			for _, p := range conv.Participants {
				if len(p.Attributes) > 0 {
					data = append(data, participantDataOut{ParticipantID: p.ID, ParticipantPurpose: p.Purpose, ParticipantAttributes: maps.Clone(p.Attributes)})
				}
			}
			r["participantData"] = data
		}
		results = append(results, r)
	}
	out := struct {
		Types   []string         `json:"types"`
		Results []map[string]any `json:"results"`
		Cursor  string           `json:"cursor,omitempty"`
	}{Types: []string{"conversations"}, Results: results}
	if end < len(hits) {
		b, _ := json.Marshal(participantSearchCursor{Offset: end, Query: fingerprint})
		out.Cursor = base64.RawURLEncoding.EncodeToString(b)
	}
	return http.StatusOK, out, nil
}
