/** File input and output: strict decoding that says where bytes are bad, and output that never leaves a half-written file behind. */
package dev.prepkit.model.io;
