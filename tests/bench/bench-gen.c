#include "config.h"

#include "bench-gen.h"

static const char * const nouns[] = {
  "industry", "output", "growth", "network", "base station", "vaccine", "dose",
  "factory", "enterprise", "market", "export", "region", "province", "city",
  "programme", "policy", "investment", "capacity", "supply chain", "price",
  "raw material", "chip", "semiconductor", "battery", "vehicle", "grid",
  "emission", "efficiency", "worker", "job", "income", "household", "school",
  "hospital", "clinic", "road", "railway", "port", "pipeline", "reservoir",
  "farm", "harvest", "water", "energy", "solar panel", "wind farm", "steel",
  "cement", "software", "platform", "data centre", "user", "subscriber",
  "broadband", "fibre", "satellite", "standard", "regulation", "inspection",
  "quarter", "half", "year", "decade", "target", "plan", "reform", "agency",
  "ministry", "council", "committee", "company", "sector", "service", "trade",
};

static const char * const verbs[] = {
  "increased", "fell", "reached", "exceeded", "remained", "grew", "declined",
  "improved", "expanded", "supported", "delivered", "built", "installed",
  "approved", "launched", "completed", "reviewed", "strengthened", "reduced",
  "accelerated", "stabilised", "covered", "connected", "trained", "upgraded",
  "will promote", "will continue to support", "has made progress in",
  "is expected to reach", "will further improve", "has accelerated",
};

static const char * const adjectives[] = {
  "industrial", "digital", "green", "new", "major", "small", "medium-sized",
  "rural", "urban", "national", "regional", "key", "high-end", "smart",
  "stable", "steady", "strong", "innovative", "advanced", "traditional",
  "public", "private", "foreign", "domestic", "annual", "overall", "local",
  "naïve", "coordinated", "sustainable", "resilient", "low-carbon",
};

static const char * const connectors[] = {
  "and", "while", "as", "because", "although", "so that", "with", "in",
  "across", "for", "by", "through", "over", "among", "compared with",
  "in line with", "on top of", "—",
};

static const char * const openers[] = {
  "First,", "Second,", "Third,", "In addition,", "Meanwhile,", "Of course,",
  "At the same time,", "In the first half,", "Next,", "Overall,",
  "As you know,", "According to our statistics,", "Frankly speaking,",
};

static const char * const participants[][2] = {
  { "Mara Lindqvist", "spokesperson of the Ministry of Industry and chief engineer" },
  { "Tomás Ferreira", "director general of the Bureau of Performance Inspection" },
  { "Aiko Tanabe", "director general of the Communications Administration" },
  { "Kwame Mensah", "deputy head of the Press Bureau and spokesperson of the council" },
};

static const char * const outlets[] = {
  "Daily Courier", "Harbour Business Times", "National Radio", "Metro TV",
  "The Economic Observer", "Global Wire Service", "Northern Herald",
};

#define HOST 3

static const char *
pick (GRand              *rand,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (rand, 0, n)];
}

#define PICK(rand, list) pick ((rand), (list), G_N_ELEMENTS (list))

static void
append_figure (GString *s,
               GRand   *rand)
{
  switch (g_rand_int_range (rand, 0, 6))
    {
    case 0:
      g_string_append_printf (s, "%d,%03d", g_rand_int_range (rand, 1, 999),
                              g_rand_int_range (rand, 0, 1000));
      break;
    case 1:
      g_string_append_printf (s, "%d.%d%%", g_rand_int_range (rand, 0, 100),
                              g_rand_int_range (rand, 0, 10));
      break;
    case 2:
      g_string_append_printf (s, "%d.%d billion yuan", g_rand_int_range (rand, 1, 900),
                              g_rand_int_range (rand, 0, 10));
      break;
    case 3:
      g_string_append_printf (s, "in %d", g_rand_int_range (rand, 2010, 2031));
      break;
    case 4:
      g_string_append_printf (s, "by %d percent", g_rand_int_range (rand, 1, 60));
      break;
    default:
      g_string_append_printf (s, "€%d million", g_rand_int_range (rand, 2, 5000));
      break;
    }
}

static void
append_sentence (GString *s,
                 GRand   *rand)
{
  guint n_words = g_rand_int_range (rand, 8, 28);
  gsize begin = s->len;

  if (g_rand_int_range (rand, 0, 4) == 0)
    g_string_append_printf (s, "%s ", PICK (rand, openers));
  g_string_append_printf (s, "the %s %s %s", PICK (rand, adjectives),
                          PICK (rand, nouns), PICK (rand, verbs));

  for (guint i = 3; i < n_words; i++)
    {
      int what = g_rand_int_range (rand, 0, 12);

      g_string_append_c (s, ' ');
      if (what < 4)
        g_string_append (s, PICK (rand, nouns));
      else if (what < 6)
        g_string_append (s, PICK (rand, adjectives));
      else if (what < 8)
        g_string_append (s, PICK (rand, connectors));
      else if (what < 9)
        g_string_append (s, PICK (rand, verbs));
      else if (what < 10)
        append_figure (s, rand);
      else
        g_string_append (s, "the");
      if (g_rand_int_range (rand, 0, 14) == 0)
        g_string_append_c (s, ',');
    }
  /* no comma right before the full stop */
  if (s->str[s->len - 1] == ',')
    g_string_truncate (s, s->len - 1);
  g_string_append_c (s, g_rand_int_range (rand, 0, 12) == 0 ? '?' : '.');

  /* capitalise the sentence (its first byte is ASCII) */
  s->str[begin] = g_ascii_toupper (s->str[begin]);
}

static void
append_paragraph (GString *s,
                  GRand   *rand,
                  gboolean question)
{
  guint n = question ? g_rand_int_range (rand, 1, 4) : g_rand_int_range (rand, 2, 8);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      append_sentence (s, rand);
    }
  if (question)
    {
      g_string_truncate (s, s->len - 1);
      g_string_append_c (s, '?');
    }
  g_string_append (s, "\n\n");
}

static void
append_turn (GString    *s,
             GRand      *rand,
             const char *speaker,
             guint       min_paragraphs,
             guint       max_paragraphs,
             gboolean    question)
{
  guint n = g_rand_int_range (rand, min_paragraphs, max_paragraphs + 1);

  if (speaker != NULL)
    g_string_append_printf (s, "%s:\n\n", speaker);
  for (guint i = 0; i < n; i++)
    append_paragraph (s, rand, question);
}

char *
bench_generate_text (gsize   min_bytes,
                     guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *s = g_string_sized_new (min_bytes + 64 * 1024);
  guint n_questions = 0;

  g_string_append (s, "Briefing on the development of industry and communications in the first half of the year\n");
  g_string_append (s, "Riverton | 10 a.m. July 16, 2024\n\n");
  g_string_append (s, "The council held a press conference in Riverton on Tuesday about the development of industry and communications.\n\n\n");
  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (participants); i++)
        g_string_append_printf (s, "%s, %s\n\n", participants[i][0], participants[i][1]);
      if (round == 0)
        g_string_append (s, "Read in French\n\n\n");
    }
  g_string_append (s, "\nJuly 16, 2024\n\n");

  append_turn (s, rand, participants[HOST][0], 2, 3, FALSE);
  append_turn (s, rand, participants[0][0], 4, 8, FALSE);

  while (s->len < min_bytes)
    {
      guint official = g_rand_int_range (rand, 0, HOST);

      if (n_questions++ == 0)
        {
          /* the corpus's first question carries no outlet line */
          g_string_append_printf (s, "%s:\n\nThe floor is now open for questions. "
                                  "Please identify your news outlets before asking questions.\n\n\n\n",
                                  participants[HOST][0]);
          append_turn (s, rand, NULL, 1, 2, TRUE);
        }
      else
        append_turn (s, rand, PICK (rand, outlets), 1, 2, TRUE);
      append_turn (s, rand, participants[official][0], 1, 6, FALSE);
      if (g_rand_int_range (rand, 0, 5) == 0)
        append_turn (s, rand, participants[HOST][0], 1, 1, FALSE);
    }

  g_string_append_printf (s, "%s:\n\nThanks to our speakers, and thank you, friends from the press. "
                          "That's all for today's press conference. Goodbye.\n\n",
                          participants[HOST][0]);
  g_string_append (s, "Translated and edited by Lena Park, Omar Haddad and Ines Duarte\n\n");
  for (guint i = 0; i < G_N_ELEMENTS (participants); i++)
    g_string_append_printf (s, "/%u    %s\n\n", (guint) G_N_ELEMENTS (participants), participants[i][0]);

  return g_string_free (s, FALSE);
}

static const char * const topics[][3] = {
  { "5g", "5G", "#3584e4" },
  { "vaccines", "Vaccines", "#2ec27e" },
  { "green-manufacturing", "Green manufacturing", "#33d17a" },
  { "water", "Water", "#62a0ea" },
  { "budget", "Budget", "#e66100" },
  { "employment", "Employment", "#9141ac" },
  { "exports", "Exports", "#c64600" },
  { "education", "Education", "#986a44" },
};

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return (x > y) - (x < y);
}

static gboolean
is_space_at (GlossTranscript *transcript,
             guint            offset)
{
  return g_unichar_isspace (g_utf8_get_char (gloss_transcript_offset_to_pointer (transcript, offset)));
}

GlossProject *
bench_generate_project (GlossTranscript *transcript,
                        guint            n_claims,
                        guint32          seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed ^ 0x5eed);
  g_autoptr(GDateTime) epoch = g_date_time_new_utc (2024, 7, 16, 10, 0, 0);
  GlossProject *project = gloss_project_new_blank (transcript);
  guint length = gloss_transcript_get_length (transcript);
  g_autofree guint *starts = g_new (guint, n_claims);

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      g_autoptr(GlossTopic) topic = gloss_topic_new (topics[i][0], topics[i][1], topics[i][2]);

      gloss_project_insert_topic (project, topic, i);
    }

  g_return_val_if_fail (length > 600, project);

  for (guint i = 0; i < n_claims; i++)
    starts[i] = g_rand_int_range (rand, 0, length - 500);
  /* added in order, so the project appends */
  qsort (starts, n_claims, sizeof (guint), compare_guint);

  for (guint i = 0; i < n_claims; i++)
    {
      g_autoptr(GlossClaim) claim = NULL;
      g_autoptr(GDateTime) created = NULL;
      g_autoptr(GDateTime) modified = NULL;
      g_autofree char *id = NULL;
      g_autofree char *quote = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;
      const char *claim_topics[4] = { NULL, };
      guint n_topics = g_rand_int_range (rand, 1, 4);
      guint start = starts[i];
      guint end;
      const char *note = "";

      /* whole words: from a word start to a word end */
      while (start > 0 && !is_space_at (transcript, start - 1))
        start--;
      while (is_space_at (transcript, start))
        start++;
      end = start + g_rand_int_range (rand, 20, 400);
      while (end < length && !is_space_at (transcript, end))
        end++;

      for (guint t = 0, first = g_rand_int_range (rand, 0, G_N_ELEMENTS (topics)); t < n_topics; t++)
        claim_topics[t] = topics[(first + t * 3) % G_N_ELEMENTS (topics)][0];
      if (g_rand_int_range (rand, 0, 3) == 0)
        note = "Check the figure against the ministry's \"annual report\", table 3; compare 2023.";

      id = g_strdup_printf ("%08x-0000-4000-8000-%012x", seed, i);
      quote = gloss_transcript_dup_slice (transcript, start, end);
      prefix = gloss_transcript_dup_slice (transcript, start > GLOSS_CLAIM_CONTEXT_LENGTH ? start - GLOSS_CLAIM_CONTEXT_LENGTH : 0, start);
      suffix = gloss_transcript_dup_slice (transcript, end, MIN (length, end + GLOSS_CLAIM_CONTEXT_LENGTH));
      created = g_date_time_add_seconds (epoch, i);
      modified = g_date_time_add_seconds (epoch, i + 60 * g_rand_int_range (rand, 0, 100));

      claim = gloss_claim_new_full (id, start, end, quote, prefix, suffix, claim_topics, note,
                                    g_rand_int_range (rand, 0, 2) ? "annotator-1" : "annotator-2",
                                    created, modified);
      gloss_project_add_claim (project, claim);
    }

  return project;
}

char *
bench_wrap_text (const char *text,
                 guint       width)
{
  GString *out = g_string_sized_new (strlen (text) + strlen (text) / 64);
  guint column = 0;

  for (const char *p = text; *p != '\0'; )
    {
      const char *word = p;
      guint len = 0;

      if (*p == '\n')
        {
          g_string_append_c (out, '\n');
          column = 0;
          p++;
          continue;
        }
      if (*p == ' ')
        {
          p++;
          continue;
        }
      while (*p != '\0' && *p != ' ' && *p != '\n')
        {
          p = g_utf8_next_char (p);
          len++;
        }
      /* greedy: break before the word that does not fit */
      if (column > 0 && column + 1 + len > width)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      else if (column > 0)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append_len (out, word, p - word);
      column += len;
    }
  return g_string_free (out, FALSE);
}

char *
bench_one_line_text (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}
