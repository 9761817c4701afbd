-- The organisation a chain partner (leerplicht, jeugdarts, SWV, coach) works for, entered by the admin when the account
-- is made (issue 21, P3): an invitation names it instead of a generic "Gemeente, afdeling leerplicht".
alter table staff_account add column organisation varchar(200);
