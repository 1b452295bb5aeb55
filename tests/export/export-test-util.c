#include "config.h"

#include <string.h>

#include "export-test-util.h"
#include "gloss-claim-private.h"

const char fixture_text[] =
  "Press Briefing on Networks & Health\n"
  "16 July 2021, Springfield\n"
  "Participants: Dr. Ada Lin, Minister of Networks & Health <MNH>\n"
  "\n"
  "Moderator:\n"
  "Good morning. Today we discuss 5G, vaccines and \"green\" factories.\n"
  "\n"
  "Daily Ledger & <Co>:\n"
  "How many base stations, exactly? Some say =SUM(A1) of them, others say +1 million. Which is it?\n"
  "\n"
  "Dr. Ada Lin:\n"
  "We have built 961,000 5G base stations, covering every city.\n"
  "The rollout grew by -2% in rural areas, \"unexpectedly\". Contact @x for the <script>alert(\"x\")</script> figures & tables.\n"
  "\n"
  "Please identify your news outlets. Is the vaccine rate above 60%? And what about factories?\n"
  "\n"
  "Dr. Ada Lin:\n"
  "Yes. 截至目前，一共接种了十亿剂疫苗。绿色制造进展顺利！We remain confident, \"cautiously\".\n"
  "\n"
  "Photo: Press office staff\n";

const FixtureClaim fixture_claims[N_FIXTURE_CLAIMS] = {
  { "00000000-0000-4000-8000-000000000001", "961,000 5G base stations",
    { "5g" }, "Checked against \"official\" data, twice.", "Ann Analyst",
    "2021-07-16T10:01:00Z", "2021-07-16T10:01:00Z", "verified",
    { { "https://example.org/stats?year=2021&kind=5g", "Network statistics (2021)", "2021-07-20" },
      { "Annual report 2020, p. 12", NULL, NULL } } },
  { "00000000-0000-4000-8000-000000000002",
    "We have built 961,000 5G base stations, covering every city.\nThe rollout grew by -2%",
    { "industry", "5g" }, "line one\nline two", "@analyst",
    "2021-07-16T10:02:00Z", "2021-07-16T11:30:00Z" },
  { "00000000-0000-4000-8000-000000000003", "-2% in rural areas, \"unexpectedly\"",
    { "5g" }, "=HYPERLINK(\"http://example.com\",\"x\")", "",
    "2021-07-16T18:03:00+08:00", "2021-07-16T18:03:00+08:00", "disputed",
    { { "javascript:alert(\"x\")", "<b>Click</b> & see", NULL } } },
  { "00000000-0000-4000-8000-000000000004",
    "@x for the <script>alert(\"x\")</script> figures & tables",
    { "industry" }, "<b>bold</b> & <script>evil()</script>", "Ann Analyst",
    "2021-07-16T10:04:00Z", "2021-07-16T10:04:00Z" },
  { "00000000-0000-4000-8000-000000000005", "=SUM(A1) of them",
    { "5g" }, "+1 is a formula too", "Ann Analyst",
    "2021-07-16T10:05:00Z", "2021-07-16T10:05:00Z" },
  { "00000000-0000-4000-8000-000000000006", "+1 million",
    { "5g", "vaccines" }, "-minus note", "Ann Analyst",
    "2021-07-16T10:06:00Z", "2021-07-16T10:06:00Z" },
  { "00000000-0000-4000-8000-000000000007", "一共接种了十亿剂疫苗",
    { "vaccines" }, "中文注释，含逗号, and a comma", "李明",
    "2021-07-16T10:07:00Z", "2021-07-16T10:07:00Z", "false",
    { { "https://example.org/疫苗", "国家卫健委通报", "2021-07-17" } } },
  { "00000000-0000-4000-8000-000000000008", "绿色制造进展顺利！",
    { "industry" }, "\tTab-led note", "Ann Analyst",
    "2021-07-16T10:08:00Z", "2021-07-16T10:08:00Z" },
  { "00000000-0000-4000-8000-000000000009", "We remain confident",
    { NULL }, "Only a note, no topic", "",
    "2021-07-16T10:09:00Z", "2021-07-16T10:09:00Z" },
};

guint
find_offset (const char *text,
             const char *needle)
{
  const char *hit = strstr (text, needle);

  g_assert_nonnull (hit);
  /* the fixture is written so that every needle is unique */
  g_assert_null (strstr (hit + 1, needle));
  return g_utf8_pointer_to_offset (text, hit);
}

guint
add_turn (GlossTranscript *transcript,
          GlossTurnKind    kind,
          const char      *first,
          const char      *last,
          const char      *speaker,
          const char      *outlet,
          int              answers)
{
  const char *text = gloss_transcript_get_text (transcript);
  guint start = find_offset (text, first);
  guint end = find_offset (text, last) + g_utf8_strlen (last, -1);

  return gloss_transcript_add_turn (transcript, kind, start, end, speaker, outlet, answers);
}

GlossClaim *
make_claim (GlossTranscript    *transcript,
            const FixtureClaim *fc)
{
  const char *text = gloss_transcript_get_text (transcript);
  guint start = find_offset (text, fc->quote);
  guint end = start + g_utf8_strlen (fc->quote, -1);
  guint length = gloss_transcript_get_length (transcript);
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 (fc->created, NULL);
  g_autoptr(GDateTime) modified = g_date_time_new_from_iso8601 (fc->modified, NULL);
  g_autoptr(GPtrArray) sources = NULL;
  GlossClaim *claim;

  prefix = gloss_transcript_dup_slice (transcript,
                                       start > GLOSS_CLAIM_CONTEXT_LENGTH ?
                                       start - GLOSS_CLAIM_CONTEXT_LENGTH : 0, start);
  suffix = gloss_transcript_dup_slice (transcript, end,
                                       MIN (length, end + GLOSS_CLAIM_CONTEXT_LENGTH));

  claim = gloss_claim_new_full (fc->id, start, end, fc->quote, prefix, suffix,
                                fc->topics, fc->note, fc->author, created, modified);
  if (fc->status != NULL)
    {
      GlossClaimStatus status;

      g_assert_true (gloss_claim_status_from_string (fc->status, &status));
      _gloss_claim_set_status (claim, status);
    }
  sources = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_source_unref);
  for (guint i = 0; i < G_N_ELEMENTS (fc->sources) && fc->sources[i][0] != NULL; i++)
    g_ptr_array_add (sources, gloss_source_new (fc->sources[i][0], fc->sources[i][1], fc->sources[i][2]));
  _gloss_claim_set_sources (claim, sources);

  return claim;
}

void
add_topic (GlossProject *project,
           const char   *id,
           const char   *name,
           const char   *color)
{
  g_autoptr(GlossTopic) topic = gloss_topic_new (id, name, color);

  gloss_project_insert_topic (project, topic, G_MAXUINT);
}

GlossProject *
make_fixture (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (fixture_text, -1);
  GlossProject *project;

  gloss_transcript_set_title (transcript, "Press Briefing on Networks & Health");
  gloss_transcript_set_date (transcript, "2021-07-16");
  gloss_transcript_set_place (transcript, "Springfield");
  gloss_transcript_set_language (transcript, "en");
  gloss_transcript_set_source (transcript, "briefing <draft>.txt");
  gloss_transcript_add_participant (transcript, "Dr. Ada Lin",
                                    "Minister of Networks & Health <MNH>");
  gloss_transcript_add_participant (transcript, "Moderator", NULL);

  add_turn (transcript, GLOSS_TURN_HEADER, "Press Briefing", "<MNH>", NULL, NULL, -1);
  add_turn (transcript, GLOSS_TURN_REMARKS, "Good morning.", "\"green\" factories.",
            "Moderator", NULL, -1);
  /* this turn begins with its outlet line, which the excerpt leaves out */
  add_turn (transcript, GLOSS_TURN_QUESTION, "Daily Ledger & <Co>:\n", "Which is it?",
            NULL, "Daily Ledger & <Co>", -1);
  add_turn (transcript, GLOSS_TURN_ANSWER, "We have built", "figures & tables.",
            "Dr. Ada Lin", NULL, 2);
  add_turn (transcript, GLOSS_TURN_QUESTION, "Please identify", "what about factories?",
            NULL, NULL, -1);
  add_turn (transcript, GLOSS_TURN_ANSWER, "Yes. ", "\"cautiously\".",
            "Dr. Ada Lin", NULL, 4);
  add_turn (transcript, GLOSS_TURN_FOOTER, "Photo:", "office staff", NULL, NULL, -1);

  project = gloss_project_new_blank (transcript);
  add_topic (project, "5g", "5G", "#3584e4");
  add_topic (project, "vaccines", "Vaccines, \"jabs\"", "#33d17a");
  add_topic (project, "industry", "Green <manufacturing> & industry", "#e66100");
  add_topic (project, "unused", "Unused", "#9141ac");

  /* added out of order: the project sorts them */
  for (guint i = G_N_ELEMENTS (fixture_claims); i > 0; i--)
    {
      g_autoptr(GlossClaim) claim = make_claim (transcript, &fixture_claims[i - 1]);

      gloss_project_add_claim (project, claim);
    }

  return project;
}

const FixtureClaim *
lookup_fixture_claim (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture_claims); i++)
    if (g_str_equal (fixture_claims[i].id, id))
      return &fixture_claims[i];

  g_assert_not_reached ();
  return NULL;
}

const GlossExportFormat *
export_format (const char *id)
{
  const GlossExportFormat *format = gloss_export_format_lookup (id);

  g_assert_nonnull (format);
  return format;
}

char *
export_string (GlossProject     *project,
               GListModel       *claims,
               const char       *format_id,
               GlossExportFlags  flags,
               gsize            *length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = gloss_export (project, claims, export_format (format_id),
                                          flags, &error);
  gsize size;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  data = g_bytes_get_data (bytes, &size);
  if (gloss_export_format_is_text (export_format (format_id)))
    g_assert_true (g_utf8_validate (data, size, NULL));
  if (length != NULL)
    *length = size;

  /* an archive holds NUL bytes: all of it, NUL-terminated */
  {
    char *copy = g_malloc (size + 1);

    memcpy (copy, data, size);
    copy[size] = '\0';
    return copy;
  }
}

GPtrArray *
parse_csv (const char *data,
           gsize       length,
           gboolean    lenient)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      gboolean record_end = FALSE;

      if (*p == '"')
        {
          p++;
          for (;;)
            {
              g_assert_true (p < end);  /* unterminated quote */
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              g_string_append_c (field, *p++);
            }
        }
      else
        {
          while (p < end && *p != ',' && *p != '\r' && *p != '\n')
            {
              g_assert_true (*p != '"');  /* a quote inside an unquoted field */
              g_string_append_c (field, *p++);
            }
        }

      if (p == end)
        g_assert_not_reached ();  /* the last record ends with a line break too */
      else if (*p == ',')
        p++;
      else if (*p == '\r' && p + 1 < end && p[1] == '\n')
        {
          p += 2;
          record_end = TRUE;
        }
      else if (*p == '\n' && lenient)
        {
          p++;
          record_end = TRUE;
        }
      else
        g_assert_not_reached ();  /* bare CR or LF */

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (record_end)
        {
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
          g_ptr_array_set_free_func (row, g_free);
        }
    }

  return rows;
}

const char *
unneutralise (const char *cell)
{
  if (cell[0] == '\'' && cell[1] != '\0' && strchr ("=+-@\t\r", cell[1]) != NULL)
    return cell + 1;
  return cell;
}

gboolean
is_dangerous (const char *cell)
{
  return cell[0] != '\0' && strchr ("=+-@\t\r", cell[0]) != NULL;
}

char *
format_utc (const char *iso)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

JsonNode *
parse_json (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

const char *
nullable_string (JsonObject *object,
                 const char *member)
{
  g_assert_true (json_object_has_member (object, member));
  return json_object_get_string_member_with_default (object, member, NULL);
}

static gboolean
is_void_element (const char *name)
{
  static const char * const voids[] = { "meta", "br", "hr", "img", "link", "input", NULL };

  return g_strv_contains (voids, name);
}

void
check_html_structure (const char *html)
{
  static const char * const known[] = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
    "p", "nav", "ul", "li", "a", "span", "div", "figure", "figcaption", "svg", "rect", "text", "main", "section", "article",
    "blockquote", "mark", "strong", "em", "table", "thead", "tbody", "tfoot", "tr",
    "th", "td", NULL
  };
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (g_free);
  const char *p = html;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n"));
  p += strlen ("<!DOCTYPE html>\n");

  while ((p = strchr (p, '<')) != NULL)
    {
      gboolean closing = p[1] == '/';
      const char *name_start = p + (closing ? 2 : 1);
      const char *name_end = name_start;
      const char *tag_end;
      g_autofree char *name = NULL;
      gboolean is_style;

      while (g_ascii_isalnum (*name_end))
        name_end++;
      name = g_strndup (name_start, name_end - name_start);
      g_assert_true (g_strv_contains (known, name));
      tag_end = strchr (name_end, '>');
      g_assert_nonnull (tag_end);
      /* no '<' inside a tag: attribute values are escaped */
      g_assert_null (memchr (name_end, '<', tag_end - name_end));

      is_style = !closing && g_str_equal (name, "style");
      if (closing)
        {
          g_assert_cmpuint (stack->len, >, 0);
          g_assert_cmpstr (g_ptr_array_index (stack, stack->len - 1), ==, name);
          g_ptr_array_remove_index (stack, stack->len - 1);
        }
      else if (!is_void_element (name))
        g_ptr_array_add (stack, g_steal_pointer (&name));

      if (is_style)
        {
          p = strstr (tag_end, "</style>");
          g_assert_nonnull (p);
          continue;
        }
      p = tag_end + 1;
    }

  g_assert_cmpuint (stack->len, ==, 0);
}

char *
html_escape_text (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default: g_string_append_c (out, *p);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

char *
md_unescape (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* the original of the fixture's first half, written for these tests */
const char original_text[] =
  "网络与卫生新闻发布会\n"
  "2021年7月16日，春田\n"
  "\n"
  "主持人：\n"
  "早上好。今天我们讨论5G、疫苗和绿色工厂。\n"
  "\n"
  "每日账簿：\n"
  "到底有多少个基站？\n"
  "\n"
  "林博士：\n"
  "我们已经建成96.1万个5G基站，覆盖每一座城市。农村地区下降了2%。\n";

GlossProject *
make_bilingual_fixture (void)
{
  GlossProject *project = make_fixture ();
  g_autoptr(GlossTranscript) original = gloss_transcript_new (original_text, -1);
  const struct { const char *id; const char *quote; const char *topic; } on_original[] = {
    { ORIGINAL_ANSWER_ID, "96.1万个5G基站", "5g" },
    { ORIGINAL_QUESTION_ID, "到底有多少个基站", "5g" },
  };
  const char *topics[] = { "vaccines", NULL };

  gloss_transcript_set_title (original, "网络与卫生新闻发布会");
  gloss_transcript_set_language (original, "zh");
  gloss_transcript_set_source (original, "https://example.org/briefing.zh.txt");
  gloss_transcript_add_participant (original, "林博士", "网络与卫生部长");
  add_turn (original, GLOSS_TURN_HEADER, "网络与卫生", "春田", NULL, NULL, -1);
  add_turn (original, GLOSS_TURN_REMARKS, "早上好", "绿色工厂。", "主持人", NULL, -1);
  add_turn (original, GLOSS_TURN_QUESTION, "每日账簿：\n", "多少个基站？", NULL, "每日账簿", -1);
  add_turn (original, GLOSS_TURN_ANSWER, "我们已经", "下降了2%。", "林博士", NULL, 2);
  gloss_project_set_original (project, original);

  for (guint i = 0; i < G_N_ELEMENTS (on_original); i++)
    {
      const char *ids[] = { on_original[i].topic, NULL };
      guint start = find_offset (original_text, on_original[i].quote);
      guint end = start + g_utf8_strlen (on_original[i].quote, -1);
      g_autofree char *quote = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;
      g_autoptr(GlossClaim) claim = NULL;

      gloss_claim_context_from_text (original, start, end, &quote, &prefix, &suffix);
      claim = gloss_claim_new_full (on_original[i].id, start, end, quote, prefix, suffix, ids,
                                    "", "", NULL, NULL);
      gloss_claim_set_text_role (claim, GLOSS_TEXT_ORIGINAL);
      gloss_project_add_claim (project, claim);
    }

  /* "Good morning." was revised away: its claim is an orphan */
  {
    guint start = find_offset (fixture_text, "Good morning.");
    g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 ("2021-07-16T10:10:00Z", NULL);
    g_autoptr(GlossClaim) claim = gloss_claim_new_full (ORPHAN_ID, start, start + 13,
                                                        "Good morning.", "", " Today",
                                                        topics, "kept after the revision",
                                                        "", created, created);

    gloss_project_add_claim (project, claim);
    gloss_project_move_claim (project, claim, start, start + 13, TRUE);
  }

  return project;
}


GlossClaim *
add_fixture_conflict (GlossProject *project)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  GlossClaim *claim = gloss_project_lookup_claim (project, fixture_claims[0].id);
  const char *topics[] = { "industry", NULL };
  g_autoptr(GlossClaim) theirs = NULL;

  g_assert_nonnull (claim);
  theirs = gloss_claim_new (transcript, gloss_claim_get_start (claim), gloss_claim_get_end (claim),
                            topics, "their reading,\nline two", "Tom Reed");
  gloss_project_set_claim_conflict (project, claim, theirs);
  return claim;
}

char *
find_libreoffice (void)
{
  char *path = g_find_program_in_path ("soffice");

  return path != NULL ? path : g_find_program_in_path ("libreoffice");
}

void
libreoffice_to_csv (const char         *soffice,
                    const char         *profile_dir,
                    const char         *infilter,
                    const char         *out_dir,
                    const char * const *inputs)
{
  g_autofree char *timeout = g_find_program_in_path ("timeout");
  g_autofree char *profile_uri = NULL;
  g_autofree char *installation = NULL;
  g_autofree char *std_out = NULL;
  g_autofree char *std_err = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 started;
  int status;

  profile_uri = g_filename_to_uri (profile_dir, NULL, &error);
  g_assert_no_error (error);
  /* a private profile: no user's settings, no lock on theirs */
  installation = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);

  if (timeout != NULL)
    {
      g_ptr_array_add (argv, timeout);
      g_ptr_array_add (argv, "60");
    }
  g_ptr_array_add (argv, (gpointer) soffice);
  g_ptr_array_add (argv, installation);
  g_ptr_array_add (argv, "--headless");
  g_ptr_array_add (argv, "--norestore");
  if (infilter != NULL)
    g_ptr_array_add (argv, (gpointer) infilter);
  g_ptr_array_add (argv, "--convert-to");
  g_ptr_array_add (argv, "csv:Text - txt - csv (StarCalc):44,34,76");
  g_ptr_array_add (argv, "--outdir");
  g_ptr_array_add (argv, (gpointer) out_dir);
  for (guint i = 0; inputs[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) inputs[i]);
  g_ptr_array_add (argv, NULL);

  started = g_get_monotonic_time ();
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &std_out, &std_err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("LibreOffice took %.1f s", (g_get_monotonic_time () - started) / 1e6);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("soffice failed: %s\n%s\n%s", error->message, std_out, std_err);
}
