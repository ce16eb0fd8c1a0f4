/** YAML reading and writing of guides and the taxonomy, with a stable field order. */
package dev.prepkit.model.yaml;
