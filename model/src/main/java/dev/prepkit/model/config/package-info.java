/** The content's configuration ({@code content/prepkit.yaml}): rule severities, thresholds, synonyms, saved packs. */
package dev.prepkit.model.config;
