-- Outside phrases (`快递, 宽带 => OUTSIDE`): matters no township list covers. A request naming one goes to manual
-- review unless an item mentions it.
alter table thesaurus_entry add column outside boolean not null default false;
