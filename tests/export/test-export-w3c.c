#include "config.h"

#include <string.h>

#include "export-test-util.h"

static void
test_w3c_parse (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autofree char *data = export_string (project, NULL, "w3c", 0, NULL);
  g_autoptr(JsonNode) root = parse_json (data);
  JsonObject *collection = json_node_get_object (root);
  JsonObject *page;
  JsonArray *items;
  const char *source = NULL;

  g_assert_cmpstr (json_object_get_string_member (collection, "@context"), ==,
                   "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "AnnotationCollection");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (collection, "id"), "urn:uuid:"));
  g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (collection, "id") + 9));
  g_assert_cmpstr (json_object_get_string_member (collection, "label"), ==,
                   "Press Briefing on Networks & Health");
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, G_N_ELEMENTS (fixture_claims));

  page = json_object_get_object_member (collection, "first");
  g_assert_cmpstr (json_object_get_string_member (page, "type"), ==, "AnnotationPage");
  g_assert_cmpint (json_object_get_int_member (page, "startIndex"), ==, 0);
  items = json_object_get_array_member (page, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, G_N_ELEMENTS (fixture_claims));

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *id = json_object_get_string_member (item, "id");
      GlossClaim *claim;
      const FixtureClaim *fc;
      JsonArray *bodies = json_object_get_array_member (item, "body");
      JsonObject *target = json_object_get_object_member (item, "target");
      JsonArray *selectors = json_object_get_array_member (target, "selector");
      JsonObject *quote_selector = json_array_get_object_element (selectors, 0);
      JsonObject *position_selector = json_array_get_object_element (selectors, 1);
      guint start, end;
      guint n_topics;
      guint n_tagging = 0, n_status = 0, n_sources = 0;
      const char *comment = NULL;
      g_autofree char *exact = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;

      g_assert_true (g_str_has_prefix (id, "urn:uuid:"));
      claim = gloss_project_lookup_claim (project, id + strlen ("urn:uuid:"));
      g_assert_nonnull (claim);
      fc = lookup_fixture_claim (gloss_claim_get_id (claim));
      n_topics = g_strv_length ((char **) fc->topics);

      g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "Annotation");
      g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==,
                       n_topics > 0 || fc->status != NULL ? "tagging" : "commenting");
      g_assert_cmpint (json_object_has_member (item, "creator"), ==, fc->author[0] != '\0');

      for (guint b = 0; b < json_array_get_length (bodies); b++)
        {
          JsonObject *body = json_array_get_object_element (bodies, b);
          const char *purpose = json_object_get_string_member (body, "purpose");

          /* a source: a link when it has a URI, else its citation as text */
          if (g_str_equal (purpose, "linking"))
            {
              const char *type = json_object_get_string_member (body, "type");

              if (g_str_equal (type, "SpecificResource"))
                g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (body, "source"), "id"),
                                 ==, fc->sources[n_sources][0]);
              else
                {
                  g_assert_cmpstr (type, ==, "TextualBody");
                  g_assert_cmpstr (json_object_get_string_member (body, "value"), ==, fc->sources[n_sources][0]);
                }
              n_sources++;
              continue;
            }
          /* the status: a tag told from topics by its id */
          if (json_object_has_member (body, "id"))
            {
              g_autofree char *status_id = g_strconcat ("urn:gloss:status:", fc->status, NULL);

              g_assert_cmpstr (json_object_get_string_member (body, "id"), ==, status_id);
              g_assert_cmpstr (json_object_get_string_member (body, "value"), ==, fc->status);
              g_assert_cmpstr (purpose, ==, "tagging");
              n_status++;
              continue;
            }

          g_assert_cmpstr (json_object_get_string_member (body, "type"), ==, "TextualBody");
          if (g_str_equal (purpose, "tagging"))
            {
              const char *name = json_object_get_string_member (body, "value");
              gboolean found = FALSE;

              for (guint t = 0; t < n_topics; t++)
                {
                  GlossTopic *topic = gloss_project_lookup_topic (project, fc->topics[t]);

                  found |= g_str_equal (gloss_topic_get_name (topic), name);
                }
              g_assert_true (found);
              n_tagging++;
            }
          else
            {
              g_assert_cmpstr (purpose, ==, "commenting");
              g_assert_null (comment);
              comment = json_object_get_string_member (body, "value");
              g_assert_cmpstr (json_object_get_string_member (body, "format"), ==, "text/plain");
            }
        }
      g_assert_cmpuint (n_tagging, ==, n_topics);
      g_assert_cmpuint (n_status, ==, fc->status != NULL ? 1 : 0);
      g_assert_cmpuint (n_sources, ==, fc->sources[0][0] == NULL ? 0 : fc->sources[1][0] == NULL ? 1 : 2);
      g_assert_cmpstr (comment, ==, fc->note);

      if (source == NULL)
        source = json_object_get_string_member (target, "source");
      /* "briefing <draft>.txt" is no IRI: a stable urn stands for it */
      g_assert_true (g_str_has_prefix (source, "urn:uuid:"));
      g_assert_cmpstr (json_object_get_string_member (target, "source"), ==, source);

      /* the selectors select the claim in the transcript */
      g_assert_cmpstr (json_object_get_string_member (quote_selector, "type"), ==, "TextQuoteSelector");
      g_assert_cmpstr (json_object_get_string_member (position_selector, "type"), ==,
                       "TextPositionSelector");
      start = json_object_get_int_member (position_selector, "start");
      end = json_object_get_int_member (position_selector, "end");
      g_assert_cmpuint (start, ==, gloss_claim_get_start (claim));
      g_assert_cmpuint (end, ==, gloss_claim_get_end (claim));
      exact = gloss_transcript_dup_slice (transcript, start, end);
      g_assert_cmpstr (json_object_get_string_member (quote_selector, "exact"), ==, exact);
      g_assert_cmpstr (exact, ==, fc->quote);
      prefix = gloss_transcript_dup_slice (transcript, start - g_utf8_strlen (
        json_object_get_string_member (quote_selector, "prefix"), -1), start);
      g_assert_cmpstr (json_object_get_string_member (quote_selector, "prefix"), ==, prefix);
      suffix = gloss_transcript_dup_slice (transcript, end, end + g_utf8_strlen (
        json_object_get_string_member (quote_selector, "suffix"), -1));
      g_assert_cmpstr (json_object_get_string_member (quote_selector, "suffix"), ==, suffix);
      g_assert_cmpuint (g_utf8_strlen (prefix, -1), ==, GLOSS_CLAIM_CONTEXT_LENGTH);
    }
}

/* neither topic nor note: a highlight without a body */
static void
test_w3c_bare_claim (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("A bare claim.", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, 2, 12, NULL, NULL, NULL);
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *item;

  gloss_transcript_set_source (transcript, "https://example.org/bare.txt");
  gloss_project_add_claim (project, claim);
  data = export_string (project, NULL, "w3c", 0, NULL);
  root = parse_json (data);
  item = json_array_get_object_element (json_object_get_array_member (
    json_object_get_object_member (json_node_get_object (root), "first"), "items"), 0);

  g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==, "highlighting");
  g_assert_false (json_object_has_member (item, "body"));
  g_assert_false (json_object_has_member (item, "creator"));
  /* an absolute IRI is kept as the target's source */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (item, "target"),
                                                  "source"), ==, "https://example.org/bare.txt");
  g_assert_false (json_object_has_member (json_node_get_object (root), "label"));
}

static JsonObject *
find_item (JsonArray  *items,
           const char *claim_id)
{
  g_autofree char *iri = g_strconcat ("urn:uuid:", claim_id, NULL);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (item, "id"), iri))
        return item;
    }

  g_assert_not_reached ();
  return NULL;
}

static JsonArray *
export_items (GlossProject *project)
{
  g_autofree char *data = export_string (project, NULL, "w3c", 0, NULL);
  g_autoptr(JsonNode) root = parse_json (data);
  JsonObject *page = json_object_get_object_member (json_node_get_object (root), "first");

  return json_array_ref (json_object_get_array_member (page, "items"));
}

static const char *
target_source (JsonObject *item)
{
  return json_object_get_string_member (json_object_get_object_member (item, "target"), "source");
}

static JsonArray *
selectors (JsonObject *item)
{
  return json_object_get_array_member (json_object_get_object_member (item, "target"), "selector");
}

/* A claim on the original targets the original; an orphan is selected by
 * its quote alone. */
static void
test_w3c_original_and_orphan (void)
{
  g_autoptr(GlossProject) project = make_bilingual_fixture ();
  GlossTranscript *original = gloss_project_get_original (project);
  g_autoptr(JsonArray) items = export_items (project);
  JsonObject *answer = find_item (items, ORIGINAL_ANSWER_ID);
  JsonObject *orphan = find_item (items, ORPHAN_ID);
  JsonObject *on_transcript = find_item (items, fixture_claims[0].id);
  JsonObject *quote_selector;
  JsonObject *position_selector;
  g_autofree char *slice = NULL;
  g_autofree char *transcript_source = NULL;

  g_assert_cmpuint (json_array_get_length (items), ==, N_FIXTURE_CLAIMS + 3);
  g_assert_cmpstr (target_source (answer), ==, "https://example.org/briefing.zh.txt");
  g_assert_true (g_str_has_prefix (target_source (on_transcript), "urn:uuid:"));
  g_assert_cmpstr (target_source (orphan), ==, target_source (on_transcript));

  quote_selector = json_array_get_object_element (selectors (answer), 0);
  position_selector = json_array_get_object_element (selectors (answer), 1);
  g_assert_cmpstr (json_object_get_string_member (quote_selector, "exact"), ==, "96.1万个5G基站");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (quote_selector, "prefix"),
                                   "林博士：\n我们已经建成"));
  slice = gloss_transcript_dup_slice (original,
                                      json_object_get_int_member (position_selector, "start"),
                                      json_object_get_int_member (position_selector, "end"));
  g_assert_cmpstr (slice, ==, "96.1万个5G基站");

  g_assert_cmpuint (json_array_get_length (selectors (orphan)), ==, 1);
  quote_selector = json_array_get_object_element (selectors (orphan), 0);
  g_assert_cmpstr (json_object_get_string_member (quote_selector, "type"), ==, "TextQuoteSelector");
  g_assert_cmpstr (json_object_get_string_member (quote_selector, "exact"), ==, "Good morning.");
  g_assert_cmpstr (json_object_get_string_member (quote_selector, "suffix"), ==, " Today");

  /* an original named by a bare file name gets a urn of its own */
  transcript_source = g_strdup (target_source (on_transcript));
  gloss_transcript_set_source (original, "briefing.zh.txt");
  {
    g_autoptr(JsonArray) again = export_items (project);
    const char *source = target_source (find_item (again, ORIGINAL_QUESTION_ID));

    g_assert_true (g_str_has_prefix (source, "urn:uuid:"));
    g_assert_cmpstr (source, !=, transcript_source);
    g_assert_cmpstr (target_source (find_item (again, ORIGINAL_ANSWER_ID)), ==, source);
  }
}

/* a timed turn: the target also selects the recording's segment */
static void
test_w3c_media_fragment (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *items;

  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    {
      gloss_transcript_set_turn_time (transcript, i, i * 10000);
      if (i > 0)
        gloss_transcript_set_turn_end_time (transcript, i, i * 10000 + 2500);
    }
  data = export_string (project, NULL, "w3c", 0, NULL);
  root = parse_json (data);
  items = json_object_get_array_member (json_object_get_object_member (json_node_get_object (root), "first"), "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonArray *list = selectors (item);
      JsonObject *fragment = json_array_get_object_element (list, json_array_get_length (list) - 1);
      /* items come in text order, as the fixture's claims do */
      GlossClaim *claim = gloss_project_get_claim (project, i);
      int turn;
      g_autofree char *expected = NULL;

      turn = gloss_transcript_find_turn (transcript, gloss_claim_get_start (claim));
      expected = turn > 0 ? g_strdup_printf ("t=%d,%d.5", turn * 10, turn * 10 + 2) : g_strdup ("t=0");
      g_assert_cmpstr (json_object_get_string_member (fragment, "type"), ==, "FragmentSelector");
      g_assert_cmpstr (json_object_get_string_member (fragment, "conformsTo"), ==, "http://www.w3.org/TR/media-frags/");
      g_assert_cmpstr (json_object_get_string_member (fragment, "value"), ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/w3c/parse", test_w3c_parse);
  g_test_add_func ("/export/w3c/bare-claim", test_w3c_bare_claim);
  g_test_add_func ("/export/w3c/original-and-orphan", test_w3c_original_and_orphan);
  g_test_add_func ("/export/w3c/media-fragment", test_w3c_media_fragment);

  return g_test_run ();
}
