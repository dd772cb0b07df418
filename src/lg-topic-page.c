/* lg-topic-page.c
 *
 * Builds a topic's page from the model: In short card, illustration, sections with their blocks,
 * key points, questions (check buttons whose state lives in the session's question ticks), the
 * teach-back prompts, sources and reviewed month. Glossary marks become links that open a popover.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-compat.h"
#include "lg-topic-page-private.h"


G_DEFINE_FINAL_TYPE (LgTopicPage, lg_topic_page, ADW_TYPE_BIN)


gboolean
_lg_topic_page_activate_link (LgTopicPage *self,
                  const char  *uri,
                  GtkLabel    *label)
{
  LgGlossaryTerm *term;
  graphene_rect_t bounds;

  if (!g_str_has_prefix (uri, "term:"))
    return FALSE; /* a source's web address: GTK opens it */

  term = lg_content_store_lookup_term (self->store, uri + strlen ("term:"));
  if (term == NULL)
    return TRUE;

  g_set_weak_pointer (&self->term_label, GTK_WIDGET (label));
  g_free (self->term_uri);
  self->term_uri = g_strdup (uri);
  gtk_label_set_text (self->term_title, lg_glossary_term_get_term (term));
  gtk_label_set_text (self->term_definition, lg_glossary_term_get_definition (term));
  if (gtk_widget_compute_bounds (GTK_WIDGET (label), GTK_WIDGET (self), &bounds))
    {
      GdkRectangle rect = { bounds.origin.x, bounds.origin.y,
                            MAX (1, bounds.size.width), MAX (1, bounds.size.height) };
      gtk_popover_set_pointing_to (self->term_popover, &rect);
    }
  gtk_popover_popup (self->term_popover);
  return TRUE;
}

/* How many sections set_topic() builds at once: none under an illustration, which fills the
 * first screen, two otherwise; fill_rest() builds the others. */
static guint
first_screen_sections (LgTopicPage *self)
{
  return lg_topic_get_illustration (self->topic) != NULL ? 0 : 2;
}

/* The widgets after the sections (key points, questions, sources...) take their place but are not
 * drawn until the sections above them are built, so none of them flashes by on the first screen. */
static void
show_below_sections (LgTopicPage *self,
                     gboolean     shown)
{
  for (GtkWidget *w = gtk_widget_get_next_sibling (GTK_WIDGET (self->sections_box));
       w != NULL;
       w = gtk_widget_get_next_sibling (w))
    gtk_widget_set_child_visible (w, shown);
}

/* Everything below the first screen. It is built once the page has been painted, so a topic
 * opens without first laying out text nobody can see yet (most of a new page's layout time). */
static void
fill_rest (LgTopicPage *self)
{
  GtkWidget *sources;

  self->rest_pending = FALSE;
  _lg_topic_page_fill_sections (self, first_screen_sections (self), G_MAXUINT);
  gtk_box_append (self->key_points_box, _lg_topic_page_list_box (self, lg_topic_get_key_points (self->topic), FALSE));
  if ((sources = _lg_topic_page_sources_button (self, lg_topic_get_key_points_sources (self->topic))) != NULL)
    gtk_box_append (self->key_points_box, sources);
  _lg_topic_page_fill_questions (self);
  gtk_box_append (self->teach_back_box, _lg_topic_page_list_box (self, lg_topic_get_teach_back (self->topic), FALSE));
  _lg_topic_page_fill_related (self);
  _lg_topic_page_fill_sources (self);
  show_below_sections (self, TRUE);
}

static void
rest_painted_cb (GdkFrameClock *clock,
                 LgTopicPage   *self)
{
  g_signal_handlers_disconnect_by_func (clock, rest_painted_cb, self);
  self->rest_unpainted = FALSE;
}

static gboolean
build_rest_cb (gpointer data)
{
  LgTopicPage *self = data;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  self->rest_idle = 0;
  if (self->rest_pending)
    {
      fill_rest (self);
      if (clock != NULL)
        {
          self->rest_unpainted = TRUE;
          g_signal_connect_object (clock, "after-paint", G_CALLBACK (rest_painted_cb), self, 0);
        }
    }
  return G_SOURCE_REMOVE;
}

/* The rest is built as soon as the main loop is back from this frame, not in the frame clock's
 * "after-paint": whatever else waits for the frame to be on screen hears of it first (the
 * start-up benchmark's mark, for one; building the rest takes about 3 ms). */
static void
after_first_paint_cb (GdkFrameClock *clock,
                      LgTopicPage   *self)
{
  g_signal_handlers_disconnect_by_func (clock, after_first_paint_cb, self);
  if (self->rest_pending && self->rest_idle == 0)
    self->rest_idle = g_idle_add_full (G_PRIORITY_DEFAULT, build_rest_cb, self, NULL);
}

/* In short's "Sources" button, for the page's topic. The old button is forgotten before it
 * goes: removing it can move the keyboard focus, and what that starts may show a topic again. */
static void
replace_in_short_sources (LgTopicPage *self)
{
  GtkWidget *sources;

  if (self->in_short_sources != NULL)
    {
      GtkWidget *old = self->in_short_sources;

      g_clear_weak_pointer (&self->in_short_sources);
      if (gtk_widget_get_parent (old) == GTK_WIDGET (self->in_short_box))
        gtk_box_remove (self->in_short_box, old);
    }
  sources = _lg_topic_page_sources_button (self, lg_topic_get_in_short_sources (self->topic));
  if (sources != NULL)
    {
      gtk_box_append (self->in_short_box, sources);
      g_set_weak_pointer (&self->in_short_sources, sources);
    }
}

void
lg_topic_page_set_topic (LgTopicPage     *self,
                         LgContentStore  *store,
                         LgTopic         *topic,
                         LgQuestionTicks *ticks)
{
  g_autofree char *in_short = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *check_understanding;
  GtkWidget *focus;
  GtkRoot *root;

  g_return_if_fail (LG_IS_TOPIC_PAGE (self));
  g_return_if_fail (LG_IS_CONTENT_STORE (store));
  g_return_if_fail (LG_IS_TOPIC (topic));

  gtk_popover_popdown (self->term_popover);
  /* Keep the keyboard in the page, at its top, not on a widget about to go (GTK would then put
   * it on some link further down, and scroll there). */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->scroller));
  g_set_object (&self->store, store);
  g_set_object (&self->topic, topic);
  /* With no session's ticks (a page shown alone), its own. */
  if (ticks != NULL)
    g_set_object (&self->ticks, ticks);
  else
    {
      g_clear_object (&self->ticks);
      self->ticks = lg_question_ticks_new ();
    }

  title = lg_content_store_to_plain (store, lg_topic_get_title (topic));
  subtitle = lg_content_store_to_plain (store, lg_topic_get_subtitle (topic));
  in_short = lg_content_store_to_pango (store, lg_topic_get_in_short (topic));
  /* The page's own words follow the content's language, not the UI's. */
  gtk_label_set_text (self->in_short_heading, lg_content_store_get_label (store, "in-short"));
  gtk_label_set_text (self->key_points_heading, lg_content_store_get_label (store, "key-points"));
  gtk_label_set_text (self->questions_heading, lg_content_store_get_label (store, "questions"));
  gtk_label_set_text (self->questions_hint, lg_content_store_get_label (store, "questions-hint"));
  check_understanding = lg_content_store_get_label (store, "check-understanding");
  gtk_label_set_text (self->teach_back_label, check_understanding);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->teach_back_expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, check_understanding, -1);
  gtk_label_set_text (self->sources_heading, lg_content_store_get_label (store, "sources"));
  gtk_label_set_text (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scroller), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_label_set_text (self->from_clinic_label, lg_content_store_get_label (store, "group-clinic"));
  gtk_widget_set_visible (GTK_WIDGET (self->from_clinic_label), lg_topic_get_from_clinic (topic));
  gtk_label_set_markup (self->in_short_label, in_short);
  replace_in_short_sources (self);

  _lg_topic_page_clear_box (self->legend_box);
  _lg_topic_page_clear_box (self->sections_box);
  _lg_topic_page_clear_box (self->key_points_box);
  _lg_topic_page_clear_box (self->questions_box);
  _lg_topic_page_clear_box (self->teach_back_box);
  _lg_topic_page_clear_box (self->sources_box);
  _lg_topic_page_clear_box (self->related_box);

  _lg_topic_page_fill_illustration (self);
  _lg_topic_page_fill_sections (self, 0, first_screen_sections (self));
  gtk_expander_set_expanded (self->teach_back_expander, FALSE);
  if (!self->rest_pending)
    {
      self->rest_pending = TRUE;
      show_below_sections (self, FALSE);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                                 G_CALLBACK (after_first_paint_cb), self, 0);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* The drawings its picture's sketch shows and adds to (the session's); before set_topic(). */
void
lg_topic_page_set_drawings (LgTopicPage *self,
                            LgDrawings  *drawings)
{
  g_return_if_fail (LG_IS_TOPIC_PAGE (self));
  g_return_if_fail (LG_IS_DRAWINGS (drawings));

  g_set_object (&self->drawings, drawings);
  if (self->topic != NULL)
    lg_sketch_set_drawings (self->sketch, drawings, lg_topic_get_id (self->topic));
}

LgTopic *
lg_topic_page_get_topic (LgTopicPage *self)
{
  g_return_val_if_fail (LG_IS_TOPIC_PAGE (self), NULL);
  return self->topic;
}

/* Whether the whole page is built, laid out and drawn, not only its first screen (see
 * fill_rest()): for tests that look below it. */
gboolean
lg_topic_page_is_complete (LgTopicPage *self)
{
  g_return_val_if_fail (LG_IS_TOPIC_PAGE (self), FALSE);
  return !self->rest_pending && !self->rest_unpainted;
}

/* The widget at the top of @place, or NULL for the top of the page. */
static GtkWidget *
reveal_target (LgTopicPage *self)
{
  GtkWidget *section;

  switch (self->reveal_place)
    {
    case LG_SEARCH_PLACE_IN_SHORT:
      return GTK_WIDGET (self->in_short_heading);
    case LG_SEARCH_PLACE_ILLUSTRATION:
      return self->illustration_box;
    case LG_SEARCH_PLACE_SECTION:
      section = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
      for (int i = 0; section != NULL && i < self->reveal_section; i++)
        section = gtk_widget_get_next_sibling (section);
      return section;
    case LG_SEARCH_PLACE_KEY_POINTS:
      return GTK_WIDGET (self->key_points_heading);
    case LG_SEARCH_PLACE_QUESTIONS:
      return GTK_WIDGET (self->questions_heading);
    case LG_SEARCH_PLACE_TITLE:
    case LG_SEARCH_PLACE_ALIASES:
    case LG_SEARCH_PLACE_SUBTITLE:
    case LG_SEARCH_PLACE_DEFINITION:
    default:
      return NULL;
    }
}

/* Each frame until the page is built and laid out far enough, then scrolls once. */
static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  LgTopicPage *self = LG_TOPIC_PAGE (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *target;
  graphene_point_t top = GRAPHENE_POINT_INIT (0, 0);

  /* The match may be below the first screen: build it now, lay it out this frame. */
  if (self->rest_pending)
    {
      fill_rest (self);
      return G_SOURCE_CONTINUE;
    }
  target = reveal_target (self);
  if (target != NULL &&
      (gtk_widget_get_height (target) == 0 ||
       !gtk_widget_compute_point (target, gtk_scrolled_window_get_child (self->scroller),
                                  &GRAPHENE_POINT_INIT (0, 0), &top)) &&
      ++self->reveal_frames < 60)
    return G_SOURCE_CONTINUE;   /* not laid out yet: look again next frame, for about a second */
  gtk_adjustment_set_value (adjustment, target != NULL && self->reveal_frames < 60 ? MAX (0, top.y - 12) : 0);
  self->reveal_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Scrolls the page to @place (a section: the @section-th), where a search found its words. */
void
lg_topic_page_reveal (LgTopicPage   *self,
                      LgSearchPlace  place,
                      int            section)
{
  g_return_if_fail (LG_IS_TOPIC_PAGE (self));

  self->reveal_place = place;
  self->reveal_section = section;
  self->reveal_frames = 0;
  if (self->reveal_tick == 0)
    self->reveal_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_tick_cb, NULL, NULL);
}

/* Widens the reading column with the text, so a line holds as many words at any text size, and
 * the picture with it, so its markers and labels grow as the text does. */
void
lg_topic_page_set_text_scale (LgTopicPage *self,
                              double       scale)
{
  g_return_if_fail (LG_IS_TOPIC_PAGE (self));

  adw_clamp_set_maximum_size (self->clamp, (int) (self->clamp_size * scale));
  adw_clamp_set_tightening_threshold (self->clamp, (int) (self->clamp_threshold * scale));
  adw_clamp_set_maximum_size (self->illustration_clamp, (int) (self->illustration_size * scale));
  adw_clamp_set_tightening_threshold (self->illustration_clamp, (int) (self->illustration_size * scale));
}

/* In exam-room mode the page shows only what is meant for the patient: no teach-back prompts. */
void
lg_topic_page_set_exam_room (LgTopicPage *self,
                             gboolean     exam_room)
{
  g_return_if_fail (LG_IS_TOPIC_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->teach_back_expander), !exam_room);
}

/* Escape closes the definition and puts the keyboard back on the link it came from (GTK would
 * give the focus to the window's first control). */
/* Closes the definition, with the keyboard back on the link that opened it. */
static void
close_term_popover (LgTopicPage *self)
{
  gtk_popover_popdown (self->term_popover);
  if (self->term_label != NULL && gtk_widget_get_mapped (self->term_label))
    {
      gtk_widget_grab_focus (self->term_label); /* on its first link */
      while (g_strcmp0 (gtk_label_get_current_uri (GTK_LABEL (self->term_label)), self->term_uri) != 0 &&
             gtk_widget_child_focus (self->term_label, GTK_DIR_TAB_FORWARD))
        ;
    }
}

/* Keys while a definition is open: Escape closes it; Tab closes it and goes on from its link to
 * the next (Shift+Tab: the previous); a shortcut (Ctrl or Alt with a key) closes it and then
 * does what it does in the window, so the popover never swallows the window's keys. */
static gboolean
term_key_pressed_cb (LgTopicPage           *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));

  if (keyval == GDK_KEY_Escape)
    {
      close_term_popover (self);
      return TRUE;
    }
  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab)
    {
      gboolean back = keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) != 0;

      close_term_popover (self);
      if (root != NULL)
        gtk_widget_child_focus (root, back ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
      return TRUE;
    }
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 && root != NULL)
    {
      close_term_popover (self);
      /* A key GTK delivered (not one a test synthesised) goes on to the window. */
      if (gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller)) != NULL)
        gtk_event_controller_key_forward (controller, root);
      return TRUE;
    }
  return FALSE;
}

/* Back to how a newly built page looks, for showing it again: at the top, the teach-back
 * prompts folded and no definition open (mapping it syncs the question ticks). */
void
lg_topic_page_reset (LgTopicPage *self)
{
  g_return_if_fail (LG_IS_TOPIC_PAGE (self));

  gtk_popover_popdown (self->term_popover);
  gtk_expander_set_expanded (self->teach_back_expander, FALSE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Puts the keyboard in the page, at its top, as on a topic just opened. */
void
lg_topic_page_focus_top (LgTopicPage *self)
{
  g_return_if_fail (LG_IS_TOPIC_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->scroller));
}

static GtkPopover *
create_term_popover (LgTopicPage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->term_title = GTK_LABEL (gtk_label_new (NULL));
  self->term_definition = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->term_title), "heading");
  gtk_label_set_xalign (self->term_title, 0);
  gtk_label_set_xalign (self->term_definition, 0);
  gtk_label_set_wrap (self->term_title, TRUE);
  gtk_label_set_wrap_mode (self->term_title, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_wrap (self->term_definition, TRUE);
  gtk_label_set_wrap_mode (self->term_definition, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (self->term_definition, 40);
  /* Not selectable: a selectable label would open with all its text selected. */
  gtk_label_set_selectable (self->term_definition, FALSE);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->term_title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->term_definition));
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (term_key_pressed_cb), self);
  gtk_widget_add_controller (popover, keys);
  g_object_ref_sink (popover);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return GTK_POPOVER (popover);
}

static void
lg_topic_page_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  LgTopicPage *self = LG_TOPIC_PAGE (widget);

  GTK_WIDGET_CLASS (lg_topic_page_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_popover_present (self->term_popover);
}

static void
lg_topic_page_map (GtkWidget *widget)
{
  LgTopicPage *self = LG_TOPIC_PAGE (widget);

  GTK_WIDGET_CLASS (lg_topic_page_parent_class)->map (widget);
  if (self->rest_pending)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (after_first_paint_cb), self, 0);
}

/* Closes the definition when the page goes away (another view, or the window closes). */
static void
lg_topic_page_unmap (GtkWidget *widget)
{
  lg_compat_unmap_popover (LG_TOPIC_PAGE (widget)->term_popover);
  GTK_WIDGET_CLASS (lg_topic_page_parent_class)->unmap (widget);
}

static void
lg_topic_page_dispose (GObject *object)
{
  LgTopicPage *self = LG_TOPIC_PAGE (object);

  if (self->term_popover != NULL && gtk_widget_get_parent (GTK_WIDGET (self->term_popover)) != NULL)
    {
      gtk_popover_popdown (self->term_popover);
      gtk_widget_unparent (GTK_WIDGET (self->term_popover));
    }
  g_clear_object (&self->term_popover);
  g_clear_weak_pointer (&self->term_label);
  g_clear_weak_pointer (&self->in_short_sources);
  g_clear_pointer (&self->term_uri, g_free);
  g_clear_handle_id (&self->rest_idle, g_source_remove);
  if (self->reveal_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick);
  self->reveal_tick = 0;
  /* AdwBin unparents the template's root child itself. */
  g_clear_object (&self->topic);
  g_clear_object (&self->ticks);
  g_clear_object (&self->drawings);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (lg_topic_page_parent_class)->dispose (object);
}

static void
lg_topic_page_class_init (LgTopicPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_topic_page_dispose;
  widget_class->size_allocate = lg_topic_page_size_allocate;
  widget_class->map = lg_topic_page_map;
  widget_class->unmap = lg_topic_page_unmap;

  g_type_ensure (LG_TYPE_SKETCH);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-topic-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, clamp);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, illustration_clamp);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, from_clinic_label);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, in_short_label);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, in_short_box);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, illustration_box);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, illustration_picture);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, sketch);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, caption_label);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, legend_box);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, key_points_box);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, questions_box);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, teach_back_expander);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, teach_back_label);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, teach_back_box);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, sources_box);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, related_box);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, related_heading);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, reviewed_label);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, sources_heading);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, questions_hint);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, questions_heading);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, key_points_heading);
  gtk_widget_class_bind_template_child (widget_class, LgTopicPage, in_short_heading);
  gtk_widget_class_bind_template_callback_full (widget_class, "activate_link_cb",
                                                G_CALLBACK (_lg_topic_page_activate_link));
}

static void
lg_topic_page_init (LgTopicPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->term_popover = create_term_popover (self);
  self->clamp_size = adw_clamp_get_maximum_size (self->clamp);
  self->clamp_threshold = adw_clamp_get_tightening_threshold (self->clamp);
  self->illustration_size = adw_clamp_get_maximum_size (self->illustration_clamp);
  /* Not the title and subtitle: a few large words, cheap to measure, and ten characters of them
   * would be wider than a phone at large text sizes. */
  gtk_label_set_width_chars (self->in_short_label, MIN_LINE_CHARS);
  gtk_label_set_width_chars (self->caption_label, MIN_LINE_CHARS);
}
