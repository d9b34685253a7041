-- The claims an entity is the claimant of: its page (getEntity) and `/api/claims?entity=` list the claims it
-- is the subject, object or claimant of; without this index the claimant side of that OR read every claim.
CREATE INDEX IF NOT EXISTS claims_claimant ON claims (claimant_id);
