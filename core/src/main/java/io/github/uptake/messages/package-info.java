/**
 * The short lines clerks post in group chats ("Xã Mỹ Bình: 1.234 người"), read into figures: units
 * matched by code or by name within the sender's unit, never guessed; every problem located by
 * line and column.
 */
package io.github.uptake.messages;
