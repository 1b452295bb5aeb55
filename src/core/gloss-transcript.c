#include "config.h"

#include <string.h>

#include "gloss-transcript-private.h"

/* The text, its offset index and its metadata; the turns and participants
 * are in gloss-transcript-turns.c. */

/* One byte position is kept for every INDEX_STEP code points, so finding
 * an offset walks at most INDEX_STEP - 1 characters. */
#define INDEX_STEP 256

G_DEFINE_FINAL_TYPE (GlossTranscript, gloss_transcript, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_PLACE,
  PROP_LANGUAGE,
  PROP_SOURCE,
  PROP_LENGTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PARTICIPANTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_gloss_transcript_emit_participants_changed (GlossTranscript *self)
{
  g_signal_emit (self, signals[PARTICIPANTS_CHANGED], 0);
}

static const char * const text_role_names[] = {
  [GLOSS_TEXT_TRANSCRIPT] = "transcript",
  [GLOSS_TEXT_ORIGINAL] = "original",
};

const char *
gloss_text_role_to_string (GlossTextRole role)
{
  g_return_val_if_fail ((guint) role <= GLOSS_TEXT_ROLE_LAST, NULL);

  return text_role_names[role];
}

gboolean
gloss_text_role_from_string (const char    *str,
                             GlossTextRole *role)
{
  g_return_val_if_fail (role != NULL, FALSE);

  for (guint i = 0; str != NULL && i <= GLOSS_TEXT_ROLE_LAST; i++)
    {
      if (strcmp (str, text_role_names[i]) == 0)
        {
          *role = (GlossTextRole) i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
gloss_date_is_valid (const char *date)
{
  guint year = 0, month = 0, day = 0;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (date[i]))
        return FALSE;
    }

  year = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
  month = (date[5] - '0') * 10 + (date[6] - '0');
  day = (date[8] - '0') * 10 + (date[9] - '0');

  return year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
gloss_language_tag_is_valid (const char *tag)
{
  const char *p = tag;
  guint index = 0;

  if (tag == NULL || *tag == '\0')
    return FALSE;

  while (TRUE)
    {
      const char *start = p;

      for (; *p != '\0' && *p != '-'; p++)
        if (!g_ascii_isalnum (*p) || (index == 0 && !g_ascii_isalpha (*p)))
          return FALSE;
      /* the first subtag is a language (2 to 8 letters) or a singleton
       * such as "x" (private use) followed by more */
      if (p - start == 0 || p - start > 8 || (index == 0 && p - start == 1 && *p != '-'))
        return FALSE;
      if (*p == '\0')
        return TRUE;
      p++;
      index++;
    }
}

static void
participant_free (gpointer data)
{
  GlossParticipant *participant = data;

  g_free (participant->name);
  g_free (participant->role);
  g_free (participant);
}

static void
turn_clear (gpointer data)
{
  GlossTurn *turn = data;

  g_clear_pointer (&turn->speaker, g_free);
  g_clear_pointer (&turn->outlet, g_free);
}

static void
gloss_transcript_finalize (GObject *object)
{
  GlossTranscript *self = GLOSS_TRANSCRIPT (object);

  g_free (self->text);
  g_free (self->index);
  g_free (self->title);
  g_free (self->date);
  g_free (self->place);
  g_free (self->language);
  g_free (self->source);
  g_ptr_array_unref (self->participants);
  g_ptr_array_unref (self->retired_participants);
  g_array_unref (self->turns);

  G_OBJECT_CLASS (gloss_transcript_parent_class)->finalize (object);
}

static void
gloss_transcript_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GlossTranscript *self = GLOSS_TRANSCRIPT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_LENGTH:
      g_value_set_uint (value, self->length);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_transcript_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  GlossTranscript *self = GLOSS_TRANSCRIPT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      gloss_transcript_set_title (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      gloss_transcript_set_date (self, g_value_get_string (value));
      break;
    case PROP_PLACE:
      gloss_transcript_set_place (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      gloss_transcript_set_language (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      gloss_transcript_set_source (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_transcript_class_init (GlossTranscriptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = gloss_transcript_finalize;
  object_class->get_property = gloss_transcript_get_property;
  object_class->set_property = gloss_transcript_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, flags);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_LENGTH] = g_param_spec_uint ("length", NULL, NULL, 0, G_MAXUINT, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PARTICIPANTS_CHANGED] =
    g_signal_new ("participants-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
gloss_transcript_init (GlossTranscript *self)
{
  self->participants = g_ptr_array_new_with_free_func (participant_free);
  self->retired_participants = g_ptr_array_new_with_free_func (participant_free);
  self->turns = g_array_new (FALSE, TRUE, sizeof (GlossTurn));
  g_array_set_clear_func (self->turns, turn_clear);
}

static void
build_index (GlossTranscript *self)
{
  const guchar *p = (const guchar *) self->text;
  gsize n_alloc = self->size / INDEX_STEP + 2;
  guint count = 0;

  self->index = g_new (gsize, n_alloc);
  self->n_index = 0;

  /* Every byte that is not a continuation byte (10xxxxxx) starts a code
   * point; the text is already validated. */
  for (gsize i = 0; i < self->size; i++)
    {
      if ((p[i] & 0xC0) != 0x80)
        {
          if (count % INDEX_STEP == 0)
            self->index[self->n_index++] = i;
          count++;
        }
    }

  self->length = count;
}

GlossTranscript *
gloss_transcript_new (const char *text,
                      gssize      length)
{
  GlossTranscript *self;
  gsize size;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    text = "";

  size = length < 0 ? strlen (text) : (gsize) length;

  g_return_val_if_fail (size < G_MAXUINT, NULL);
  g_return_val_if_fail (g_utf8_validate_len (text, size, NULL), NULL);

  self = g_object_new (GLOSS_TYPE_TRANSCRIPT, NULL);
  self->text = g_strndup (text, size);
  self->size = size;
  build_index (self);

  return self;
}

const char *
gloss_transcript_get_text (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);

  return self->text;
}

gsize
gloss_transcript_get_text_size (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), 0);

  return self->size;
}

guint
gloss_transcript_get_length (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), 0);

  return self->length;
}

const char *
gloss_transcript_offset_to_pointer (GlossTranscript *self,
                                    guint            offset)
{
  const char *p;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);
  g_return_val_if_fail (offset <= self->length, NULL);

  if (offset == self->length)
    return self->text + self->size;

  p = self->text + self->index[offset / INDEX_STEP];
  for (guint i = offset % INDEX_STEP; i > 0; i--)
    p = g_utf8_next_char (p);

  return p;
}

guint
gloss_transcript_byte_to_offset (GlossTranscript *self,
                                 gsize            byte)
{
  guint lo, hi;
  guint offset;
  const guchar *p;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), 0);
  g_return_val_if_fail (byte <= self->size, 0);

  if (byte == self->size)
    return self->length;

  /* last index entry at or before @byte */
  lo = 0;
  hi = self->n_index;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->index[mid] <= byte)
        lo = mid;
      else
        hi = mid;
    }

  offset = lo * INDEX_STEP;
  p = (const guchar *) self->text;
  for (gsize i = self->index[lo]; i < byte; i++)
    {
      if ((p[i] & 0xC0) != 0x80)
        offset++;
    }

  return offset;
}

char *
gloss_transcript_dup_slice (GlossTranscript *self,
                            guint            start,
                            guint            end)
{
  const char *begin;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);
  g_return_val_if_fail (start <= end, NULL);
  g_return_val_if_fail (end <= self->length, NULL);

  begin = gloss_transcript_offset_to_pointer (self, start);
  if (end - start < INDEX_STEP)
    {
      const char *stop = begin;

      for (guint i = start; i < end; i++)
        stop = g_utf8_next_char (stop);
      return g_strndup (begin, stop - begin);
    }

  return g_strndup (begin, gloss_transcript_offset_to_pointer (self, end) - begin);
}

static void
set_string (GlossTranscript *self,
            char           **field,
            const char      *value,
            guint            prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
gloss_transcript_get_title (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);

  return self->title;
}

void
gloss_transcript_set_title (GlossTranscript *self,
                            const char      *title)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

const char *
gloss_transcript_get_date (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);

  return self->date;
}

void
gloss_transcript_set_date (GlossTranscript *self,
                           const char      *date)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));

  set_string (self, &self->date, date, PROP_DATE);
}

const char *
gloss_transcript_get_place (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);

  return self->place;
}

void
gloss_transcript_set_place (GlossTranscript *self,
                            const char      *place)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));

  set_string (self, &self->place, place, PROP_PLACE);
}

const char *
gloss_transcript_get_language (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);

  return self->language;
}

void
gloss_transcript_set_language (GlossTranscript *self,
                               const char      *language)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));

  set_string (self, &self->language, language, PROP_LANGUAGE);
}

const char *
gloss_transcript_get_source (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);

  return self->source;
}

void
gloss_transcript_set_source (GlossTranscript *self,
                             const char      *source)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));

  set_string (self, &self->source, source, PROP_SOURCE);
}

static const struct
{
  guint prop;
  gsize offset;
} fields[] = {
  [GLOSS_TRANSCRIPT_FIELD_TITLE] = { PROP_TITLE, G_STRUCT_OFFSET (GlossTranscript, title) },
  [GLOSS_TRANSCRIPT_FIELD_DATE] = { PROP_DATE, G_STRUCT_OFFSET (GlossTranscript, date) },
  [GLOSS_TRANSCRIPT_FIELD_PLACE] = { PROP_PLACE, G_STRUCT_OFFSET (GlossTranscript, place) },
  [GLOSS_TRANSCRIPT_FIELD_LANGUAGE] = { PROP_LANGUAGE, G_STRUCT_OFFSET (GlossTranscript, language) },
};

const char *
gloss_transcript_get_field (GlossTranscript      *self,
                            GlossTranscriptField  field)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);
  g_return_val_if_fail ((guint) field <= GLOSS_TRANSCRIPT_FIELD_LAST, NULL);

  return G_STRUCT_MEMBER (char *, self, fields[field].offset);
}

void
gloss_transcript_set_field (GlossTranscript      *self,
                            GlossTranscriptField  field,
                            const char           *value)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));
  g_return_if_fail ((guint) field <= GLOSS_TRANSCRIPT_FIELD_LAST);

  set_string (self, &G_STRUCT_MEMBER (char *, self, fields[field].offset), value, fields[field].prop);
}
