/** Safe, mechanical fixes of guide files that keep everything else in the file as it was. */
package dev.prepkit.validate.fix;
