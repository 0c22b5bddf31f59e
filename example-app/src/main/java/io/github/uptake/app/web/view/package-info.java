/**
 * The view models of the dashboard's pages: one small record per page (and per part of a page),
 * computed by the routes from the live model and holding only the texts, numbers as shown, links
 * and CSS classes a template renders. Public for the jte templates; not an API. Every record is
 * immutable and thread-safe if its lists are.
 */
package io.github.uptake.app.web.view;
