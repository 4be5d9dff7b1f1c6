"""Durable reminders: one tick over a table of slots, never one job per user."""
