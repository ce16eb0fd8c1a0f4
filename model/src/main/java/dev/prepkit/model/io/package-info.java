/** File output that never leaves a half-written file behind. */
package dev.prepkit.model.io;
